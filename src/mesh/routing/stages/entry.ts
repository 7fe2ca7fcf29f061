// Stage 1 (R0.3): which proxy handles the request. Sidecar: the caller's namespace, labels and Sidecar
// scope (R2.4.1). Gateway: the Pods the named Gateway selects (R7.1.1), every Gateway selecting them (R7.1.3).
import { ISTIO_ROOT_NAMESPACE, type Labels } from '../../model.js';
import type { GatewayInfo, PodInfo } from '../../index/types.js';
import { compareByCreation, labelsContain } from '../../relationships/index-lookups.js';
import { sidecarFor } from '../../relationships/sidecar-for.js';
import { recordStep } from '../../trace/steps.js';
import { ending, type Ending, type Proxy, type SimulationContext } from '../context.js';
import { annotatedGatewayPods } from '../gateway-servers.js';

function describeLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? 'no labels' : entries.map(([k, v]) => `${k}=${v}`).join(', ');
}

function enterSidecar(ctx: SimulationContext): Proxy {
  const { sourceNamespace: namespace, sourceLabels: labels } = ctx.request;
  const client = Object.keys(labels).length > 0 ? ctx.index.podsMatching(namespace, labels)[0] : undefined;
  recordStep(ctx.steps, {
    stage: 'entry', decision: 'selected', rules: ['R2.2.1', 'R4.8.3'],
    reason: `The request leaves a client in namespace ${namespace} (${describeLabels(labels)}) through its sidecar proxy, which applies the routing rules itself.`,
    source: client ? ctx.index.cite(client.resource, client.templatePath ? `${client.templatePath}.metadata.labels` : 'metadata.labels') : null,
  });
  const scope = sidecarFor(ctx.index, namespace, labels);
  recordStep(ctx.steps, {
    stage: 'entry', decision: scope.sidecar ? 'applied' : 'info', rules: ['R2.4.1'], reason: `${capitalize(scope.reason)}.`,
    source: scope.sidecar ? ctx.index.cite(scope.sidecar.resource, 'spec.egress') : null,
  });
  return { kind: 'sidecar', namespace, labels, pod: client ?? null, assumed: false, sidecar: scope.sidecar, gateways: [] };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function gatewayPod(ctx: SimulationContext, gateway: GatewayInfo): { pod: PodInfo | null; namespace: string; labels: Labels } {
  const selector = gateway.selector;
  const pods = Object.keys(selector).length > 0 ? ctx.index.podsMatching(null, selector) : annotatedGatewayPods(ctx.index, gateway);
  const pod = [...pods].sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`))[0];
  if (pod) {
    recordStep(ctx.steps, {
      stage: 'entry', decision: 'selected', rules: ['R7.1.1'], source: ctx.index.cite(pod.resource, pod.templatePath ? `${pod.templatePath}.metadata.labels` : 'metadata.labels'),
      reason: `Pod ${pod.namespace}/${pod.name} runs the gateway proxy: its labels contain the selector ${describeLabels(selector)} of Gateway ${gateway.key}${pods.length > 1 ? ` (${pods.length} Pods match; they all get the same configuration)` : ''}.`,
    });
    return { pod, namespace: pod.namespace, labels: pod.labels };
  }
  recordStep(ctx.steps, {
    stage: 'entry', decision: 'assumed', rules: ['R7.1.1', 'R7.1.2'], source: ctx.index.cite(gateway.resource, 'spec.selector'),
    reason: `No Pod of the set matches the selector ${describeLabels(selector)} of Gateway ${gateway.key}, so the gateway Pod that Istio's installation provides is assumed: namespace ${ISTIO_ROOT_NAMESPACE}, labels ${describeLabels(selector)}.`,
  });
  return { pod: null, namespace: ISTIO_ROOT_NAMESPACE, labels: { ...selector } };
}

function enterGateway(ctx: SimulationContext, ref: string): Proxy | Ending {
  const slash = ref.indexOf('/');
  const [namespace, name] = slash < 0 ? [ctx.request.sourceNamespace, ref] : [ref.slice(0, slash), ref.slice(slash + 1)];
  const gateway = ctx.index.gateway(namespace, name);
  if (!gateway) {
    recordStep(ctx.steps, { stage: 'entry', decision: 'failed', reason: `Gateway ${namespace}/${name} is not in the set, so no gateway proxy can receive the request.`, source: null, rules: ['R7.1.1'] });
    ctx.envoy.failure = 'no-listener';
    return ending('NO_ROUTE', null, null, `Gateway ${namespace}/${name} does not exist in the set`);
  }
  const { pod, namespace: podNamespace, labels } = gatewayPod(ctx, gateway);
  const merged = ctx.index.gateways.filter((g) => labelsContain(labels, g.selector))
    .sort((a, b) => compareByCreation({ ...a, creationTimestamp: a.resource.creationTimestamp }, { ...b, creationTimestamp: b.resource.creationTimestamp }));
  const others = merged.filter((g) => g !== gateway);
  recordStep(ctx.steps, {
    stage: 'entry', decision: 'info', rules: ['R7.1.3'], source: ctx.index.cite(gateway.resource, 'spec.servers'),
    reason: others.length === 0
      ? `Only Gateway ${gateway.key} selects this gateway Pod, so its servers are the Pod's listeners.`
      : `Gateways ${merged.map((g) => g.key).join(', ')} all select this gateway Pod, so their servers are merged into one set of listeners.`,
  });
  return { kind: 'gateway', namespace: podNamespace, labels, pod, assumed: pod === null, sidecar: null, gateways: merged.length > 0 ? merged : [gateway] };
}

export function enterProxy(ctx: SimulationContext): Proxy | Ending {
  return ctx.request.gateway ? enterGateway(ctx, ctx.request.gateway) : enterSidecar(ctx);
}
