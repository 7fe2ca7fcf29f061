// Mermaid flowchart of the path: caller -> proxy -> VirtualService/route -> destinations -> Pods,
// or the proxy's own answer when it does not forward.
import type { RoutePath } from '../routing/types.js';

function label(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

function caller(path: RoutePath): string {
  const r = path.request;
  if (r.gateway) return `client outside the mesh<br/>${r.method ?? 'GET'} ${r.host}${r.path ?? '/'}`;
  return `caller in ${r.source?.namespace ?? 'default'}<br/>${r.method ?? 'GET'} ${r.host}${r.path ?? '/'}`;
}

export function renderMermaid(path: RoutePath): string {
  const lines = ['flowchart LR', `  caller[${label(caller(path))}]`];
  lines.push(`  proxy[${label(path.request.gateway ? `gateway proxy of ${path.request.gateway}` : 'client sidecar')}]`, '  caller --> proxy');
  let from = 'proxy';
  if (path.virtualService) {
    const route = path.route ? `<br/>route ${path.route.index}${path.route.name ? ` ${path.route.name}` : ''}` : '';
    lines.push(`  vs[${label(`VirtualService ${path.virtualService.namespace}/${path.virtualService.name}${route}`)}]`, '  proxy --> vs');
    from = 'vs';
  }
  if (path.destinations.length === 0 || path.outcome !== 'ROUTED') {
    const answer = path.status === null ? path.outcome : `${path.outcome} ${path.status}${path.responseFlag ? ` ${path.responseFlag}` : ''}`;
    lines.push(`  answer((${label(answer)}))`, `  ${from} --> answer`);
  }
  path.destinations.forEach((d, i) => {
    lines.push(`  d${i}[${label(`${d.cluster}<br/>${d.status}`)}]`, `  ${from} -->|${d.weight}%| d${i}`);
    d.endpoints.forEach((e, j) => lines.push(`  p${i}_${j}[${label(`Pod ${e.pod}:${e.port ?? '?'}`)}]`, `  d${i} --> p${i}_${j}`));
  });
  return `${lines.join('\n')}\n`;
}
