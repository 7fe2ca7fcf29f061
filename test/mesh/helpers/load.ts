// Test helper: YAML files or inline text -> Resource[] through the real ingest (src/manifests), and a built index.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Resource } from '../../../src/mesh/model.js';
import { createFieldLocator, ingestManifests, type ManifestFile } from '../../../src/manifests/index.js';
import { buildMeshIndex } from '../../../src/mesh/index/build.js';
import type { BuiltMeshIndex } from '../../../src/mesh/index/extra-types.js';

function ingest(files: ManifestFile[]): Resource[] {
  const result = ingestManifests(files);
  if (!result.ok) throw new Error(`test manifests rejected: ${result.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('; ')}`);
  return result.resources;
}

export function parseResources(text: string, file = 'inline.yaml'): Resource[] {
  return ingest([{ name: file, content: text }]);
}

/** Reads files relative to the repository root (e.g. `../shared/samples/...`). */
export function readFiles(...paths: string[]): { name: string; text: string }[] {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  return paths.map((p) => ({ name: p, text: readFileSync(`${root}${p}`, 'utf8') }));
}

export function loadFiles(...paths: string[]): Resource[] {
  return ingest(readFiles(...paths).map((f) => ({ name: f.name, content: f.text })));
}

export function indexOf(text: string, withLocator = false): BuiltMeshIndex {
  const files = [{ name: 'inline.yaml', text }];
  return buildMeshIndex(parseResources(text), withLocator ? { locate: createFieldLocator(files) } : {});
}

export function indexOfFiles(...paths: string[]): BuiltMeshIndex {
  return buildMeshIndex(loadFiles(...paths), { locate: createFieldLocator(readFiles(...paths)) });
}

export const BOOKINFO = [
  '../shared/samples/bookinfo/platform/kube/bookinfo.yaml',
  '../shared/samples/bookinfo/networking/destination-rule-all.yaml',
  '../shared/samples/bookinfo/networking/virtual-service-all-v1.yaml',
];
