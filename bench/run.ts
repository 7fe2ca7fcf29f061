// `npm run bench`: speed and memory of ingest, index build, route simulation and diagnostics on the
// synthetic mesh of ../shared/tools/gen-mesh.mjs (or a small local generator when ../shared is absent).
// Every figure is printed with a ratio against a baseline measured in the same run on the same input,
// because absolute times on shared machines are noise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import jsYaml from 'js-yaml';
import { ingestManifests, createFieldLocator } from '../src/manifests/index.js';
import { buildMeshIndex } from '../src/mesh/index/build.js';
import { simulateRoute } from '../src/mesh/routing/index.js';
import { runDiagnostics } from '../src/mesh/diagnostics/index.js';
import type { RouteRequest } from '../src/mesh/routing/types.js';
import { writeSmallMesh } from './small-mesh.js';

const root = resolve(import.meta.dirname, '..');
const generator = resolve(root, '../shared/tools/gen-mesh.mjs');
const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function heapMiB(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function prepare(services: number): string {
  const dir = join(root, 'bench', '.cache', `mesh-${services}`);
  if (existsSync(join(dir, 'requests.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  if (existsSync(generator)) {
    execFileSync(process.execPath, [generator, '--services', String(services), '--out', dir], { stdio: 'ignore' });
  } else {
    console.log(`(../shared/tools/gen-mesh.mjs not found: using the small local generator)`);
    writeSmallMesh(dir, services);
  }
  return dir;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function benchSize(services: number): void {
  const dir = prepare(services);
  const names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const files = names.map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const requests = JSON.parse(readFileSync(join(dir, 'requests.json'), 'utf8')) as RouteRequest[];

  const floor = time(() => files.reduce((n, f) => n + jsYaml.loadAll(f.content).length, 0));
  const heapBefore = heapMiB();
  const ingest = time(() => ingestManifests(files, { limits: { maxTotalBytes: 1 << 30, maxDocuments: 1_000_000 } }));
  if (!ingest.value.ok) throw new Error(`ingest failed: ${ingest.value.problems[0]?.message}`);
  const resources = ingest.value.resources;
  const locate = createFieldLocator(ingest.value.files.map((f) => ({ name: f.name, text: f.text })));
  const build = time(() => buildMeshIndex(resources, { locate }));
  const heapAfter = heapMiB();
  const index = build.value;

  const routes = time(() => requests.map((r) => simulateRoute(index, r)));
  const outcomes = new Map<string, number>();
  for (const p of routes.value) outcomes.set(p.outcome, (outcomes.get(p.outcome) ?? 0) + 1);
  const diagnostics = time(() => runDiagnostics(index, {}));

  console.log(`\n== ${services} services: ${resources.length} objects, ${(bytes / 2 ** 20).toFixed(1)} MiB of YAML, ${requests.length} requests`);
  console.log(`baseline  js-yaml loadAll (parse floor, no positions)  ${fmt(floor.ms)}`);
  console.log(`ingest    parse+validate+normalize                    ${fmt(ingest.ms)}  ratio ${(ingest.ms / floor.ms).toFixed(2)}x floor`);
  console.log(`index     buildMeshIndex                              ${fmt(build.ms)}  ratio ${(build.ms / floor.ms).toFixed(2)}x floor`);
  console.log(`route     ${requests.length} requests                             ${fmt(routes.ms)}  ${(routes.ms / requests.length).toFixed(3)} ms/request, ratio ${(routes.ms / floor.ms).toFixed(2)}x floor`);
  console.log(`          outcomes ${[...outcomes].map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`diagnose  runDiagnostics (${diagnostics.value.length} findings)       ${fmt(diagnostics.ms)}  ratio ${(diagnostics.ms / floor.ms).toFixed(2)}x floor`);
  console.log(`memory    heap for resources+index ${(heapAfter - heapBefore).toFixed(0)} MiB  ratio ${((heapAfter - heapBefore) / (bytes / 2 ** 20)).toFixed(2)}x YAML size`);
}

for (const size of sizes) benchSize(size);
