import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestFile } from './types.js';

const MANIFEST_EXTENSION = /\.(ya?ml|json)$/i;

/** Files as given; directories searched recursively for .yaml/.yml/.json, sorted by path. */
export async function readManifestPaths(paths: string[]): Promise<ManifestFile[]> {
  const names: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new Error(`manifest path not found: ${path}`);
    if (info.isDirectory()) names.push(...(await listManifests(path)).sort());
    else names.push(path);
  }
  const unique = [...new Set(names)];
  return Promise.all(unique.map(async (name) => ({ name, content: new Uint8Array(await readFile(name)) })));
}

async function listManifests(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await listManifests(path)));
    else if (entry.isFile() && MANIFEST_EXTENSION.test(entry.name)) found.push(path);
  }
  return found;
}
