// One sentence per request: how the Kubernetes outcome and the mesh outcome differ.
import type { KubernetesOutcome, MeshDestinationSummary, MeshOutcome } from './host-comparison-types.js';
import { meshPods } from './mesh-outcome.js';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function kubernetesPart(k: KubernetesOutcome): string {
  if (k.endpoints.length === 0) return 'Kubernetes has no ready endpoint to send it to';
  if (k.endpoints.length === 1) return `Kubernetes sends it to the only ready Pod (${list(k.workloads)})`;
  return `Kubernetes spreads it over the ${k.endpoints.length} Pods of ${list(k.workloads)} (${k.sharePercent}% each)`;
}

function destinationPart(d: MeshDestinationSummary): string {
  const target = d.subset ? `subset ${d.subset}` : d.host.split('.')[0] ?? d.host;
  const pods = d.workloads.length > 0 ? ` (${list(d.workloads)})` : ' (no ready Pod)';
  return `${d.weight}% to ${target}${pods}`;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export function samePods(k: KubernetesOutcome, mesh: MeshOutcome): boolean {
  return mesh.outcome === 'ROUTED' && sameSet(new Set(k.endpoints.map((e) => e.pod)), meshPods(mesh));
}

function routedPart(k: KubernetesOutcome, mesh: MeshOutcome): string {
  const weighted = mesh.destinations.filter((d) => d.weight > 0);
  const delay = mesh.fault?.delay ? `; the mesh also delays ${mesh.fault.delay.percent}% of them by ${mesh.fault.delay.fixedDelay}` : '';
  if (samePods(k, mesh) && weighted.length === 1 && !weighted[0]?.subset) {
    const what = k.endpoints.length === 1 ? `Pod (${list(k.workloads)})` : `${k.endpoints.length} Pods of ${list(k.workloads)}`;
    return `Both reach the same ${what}; Kubernetes picks per connection, the mesh per request${delay}.`;
  }
  return `${kubernetesPart(k)}; the mesh sends ${list(weighted.map(destinationPart))}${delay}.`;
}

export function differenceSentence(k: KubernetesOutcome, mesh: MeshOutcome): string {
  const by = mesh.virtualService ? ` (VirtualService ${mesh.virtualService.namespace}/${mesh.virtualService.name})` : '';
  switch (mesh.outcome) {
    case 'ROUTED': return routedPart(k, mesh);
    case 'NO_ROUTE': return `${kubernetesPart(k)}; the mesh answers 404 (NR) because no route matches${by}.`;
    case 'FAULT_ABORTED': return `${kubernetesPart(k)}; the mesh aborts it with ${mesh.status ?? 'an error'} (fault injection) before it reaches any Pod${by}.`;
    case 'REDIRECTED': return `${kubernetesPart(k)}; the mesh answers ${mesh.redirect?.status ?? mesh.status} with a redirect to ${mesh.redirect?.location ?? 'another location'}${by}.`;
    case 'DIRECT_RESPONSE': return `${kubernetesPart(k)}; the mesh answers ${mesh.directResponse?.status ?? mesh.status} itself without contacting any Pod${by}.`;
    case 'CLUSTER_NOT_FOUND': return `${kubernetesPart(k)}; the mesh answers 503 (NC): ${mesh.summary}`;
    case 'NO_HEALTHY_UPSTREAM': return `${kubernetesPart(k)}; the mesh answers 503 (UH): ${mesh.summary}`;
    case 'PASSTHROUGH': return `${kubernetesPart(k)}; the mesh passes it through to the original address, so kube-proxy picks the Pod as without the mesh.`;
    case 'BLOCKED': return `${kubernetesPart(k)}; the mesh blocks it with 502 (REGISTRY_ONLY).`;
  }
}
