// The graph asks relations for the edges of the nodes it reaches; this checks that per-node answers equal the
// whole-set edges, and that the walk equals a walk over every edge, on a set that exercises every relation.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BOOKINFO, loadFiles, parseResources } from '../helpers/load.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import { allRelations, buildRelationshipGraph, type RelationEdge } from '../../../src/mesh/relationships/index.js';
import { podNode, resourceNode, type RelationNode } from '../../../src/mesh/relationships/relation.js';

const EXTRA = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: broken, namespace: default}
spec:
  hosts: [reviews, "*.example.com", ratings.default, api.external.com]
  gateways: [mesh, edge/missing, edge/ingress]
  http:
  - route: [{destination: {host: does-not-exist}, weight: 40}, {destination: {host: alias}, weight: 30}, {destination: {host: shop.example.com}, weight: 30}]
    mirror: {host: api.external.com}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: wild, namespace: default}
spec: {hosts: ["*.example.com"], ports: [{number: 443, name: https, protocol: TLS}], resolution: DNS}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: api, namespace: default}
spec: {hosts: [api.external.com], ports: [{number: 80, name: http, protocol: HTTP}], resolution: DNS}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: api, namespace: default}
spec: {host: api.external.com}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: everything, namespace: istio-system}
spec: {host: "*.default.svc.cluster.local", subsets: [{name: none, labels: {version: none}}]}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ghost, namespace: default}
spec: {host: ghost, subsets: [{name: v1, labels: {version: v1}}]}
---
apiVersion: v1
kind: Service
metadata: {name: alias, namespace: default}
spec: {type: ExternalName, externalName: details.default.svc.cluster.local}
---
apiVersion: v1
kind: Service
metadata: {name: manual, namespace: default}
spec: {ports: [{name: http, port: 80}]}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: manual-1, namespace: default, labels: {kubernetes.io/service-name: manual}}
addressType: IPv4
ports: [{name: http, port: 8080}]
endpoints: [{addresses: [10.1.1.1], targetRef: {kind: Pod, name: worker, namespace: default}}]
---
apiVersion: v1
kind: Service
metadata: {name: worker, namespace: default}
spec: {selector: {app: worker}, ports: [{name: http, port: 80, targetPort: web}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: worker, namespace: default}
spec:
  selector: {matchLabels: {app: worker}}
  template: {metadata: {labels: {app: worker}}, spec: {containers: [{name: c, image: x}]}}
---
apiVersion: v1
kind: Pod
metadata:
  name: worker
  namespace: default
  labels: {app: worker}
  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: worker, uid: u}]
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Service
metadata: {name: lonely, namespace: default}
spec: {selector: {app: nobody}, ports: [{port: 80}]}
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: ingress, namespace: edge}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*/*.example.com"]}]
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: nowhere, namespace: edge}
spec:
  selector: {istio: absent}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
---
apiVersion: v1
kind: Pod
metadata: {name: ingress, namespace: istio-system, labels: {istio: ingressgateway}}
spec: {containers: [{name: istio-proxy, image: proxy}]}
`;

function allNodes(index: MeshIndex): RelationNode[] {
  const nodes = new Map<string, RelationNode>();
  for (const r of index.resources) nodes.set(resourceNode(r).id, resourceNode(r));
  for (const p of index.pods) nodes.set(podNode(p).id, podNode(p));
  for (const relation of allRelations) for (const e of relation.edges(index)) for (const n of [e.from, e.to]) if (!nodes.has(n.id)) nodes.set(n.id, n);
  return [...nodes.values()];
}

/** The walk over every edge of the set, as the graph did before it asked per node. */
function walkEverything(index: MeshIndex, start: RelationNode, depth: number): { nodes: string[]; edges: RelationEdge[] } {
  const every = allRelations.flatMap((r) => r.edges(index));
  const nodes = new Set([start.id]);
  const taken = new Set<RelationEdge>();
  let frontier = [start.id];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of every.filter((x) => x.from.id === id || x.to.id === id)) {
        taken.add(e);
        const other = e.from.id === id ? e.to.id : e.from.id;
        if (!nodes.has(other)) { nodes.add(other); next.push(other); }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes].sort(), edges: [...taken] };
}

describe('relations answer per node', () => {
  const index = buildMeshIndex([...loadFiles(...BOOKINFO), ...parseResources(EXTRA, 'extra.yaml')]);
  const nodes = allNodes(index);

  test('edgesFrom and edgesTo of every node equal the whole-set edges from and to it, for every relation', () => {
    for (const relation of allRelations) {
      const every = relation.edges(index);
      assert.ok(every.length > 0, `${relation.name} has edges in the fixture`);
      for (const node of nodes) {
        assert.deepEqual([...relation.edgesFrom(index, node)], every.filter((e) => e.from.id === node.id), `${relation.name} from ${node.id}`);
        assert.deepEqual([...relation.edgesTo(index, node)], every.filter((e) => e.to.id === node.id), `${relation.name} to ${node.id}`);
      }
    }
  });
  test('the graph of every node equals the walk over every edge (depth 2)', () => {
    for (const node of nodes) {
      const graph = buildRelationshipGraph(index, { kind: node.kind, namespace: node.namespace, name: node.name, depth: 2 });
      const expected = walkEverything(index, node, 2);
      assert.deepEqual(graph.nodes.map((n) => n.id).sort(), expected.nodes, node.id);
      const key = (e: { from: string; to: string; kind: string; status: string }) => `${e.from} ${e.kind} ${e.status} ${e.to}`;
      assert.deepEqual(graph.edges.map(key).sort(), expected.edges.map((e) => key({ ...e, from: e.from.id, to: e.to.id })).sort(), node.id);
    }
  });
  test('issue 3 §2: a Deployment runs the real Pods it owns (cited at their ownerReferences)', () => {
    const graph = buildRelationshipGraph(index, { kind: 'Deployment', namespace: 'default', name: 'worker', depth: 1 });
    const runs = graph.edges.filter((e) => e.kind === 'runs');
    assert.deepEqual(runs.map((e) => e.to), ['Pod/default/worker']);
    assert.equal(runs[0].source?.field, 'metadata.ownerReferences');
  });
  test('a MISSING target can start a graph: the Mesh node lists the VirtualServices bound to mesh', () => {
    const graph = buildRelationshipGraph(index, { kind: 'Mesh', namespace: null, name: 'mesh', depth: 1 });
    assert.ok(graph.nodes.some((n) => n.id === 'VirtualService/default/broken'));
    assert.equal(graph.nodes[0].source, null);
  });
});
