// Reads the shared sample manifests (never copied into the project).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/samples');

/** `name` is relative to the samples folder and is also the file name reported by the service. */
export function sample(name: string): { name: string; content: string } {
  return { name, content: readFileSync(path.join(SAMPLES_DIR, name), 'utf8') };
}

export function samplesIn(folder: string): { name: string; content: string }[] {
  return readdirSync(path.join(SAMPLES_DIR, folder))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => sample(`${folder}/${f}`));
}

export const BOOKINFO_REVISION = [
  'bookinfo/platform/kube/bookinfo.yaml',
  'bookinfo/networking/bookinfo-gateway.yaml',
  'bookinfo/networking/destination-rule-all.yaml',
  'bookinfo/networking/virtual-service-all-v1.yaml',
];
