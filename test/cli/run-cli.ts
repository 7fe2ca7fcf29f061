// Runs the real bin (`node bin/mesh-explainer.mjs ...`) in a child process, from the repository root.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(REPO, 'bin/mesh-explainer.mjs');
/** Sample paths as a user types them from the repository root. */
export const BOOKINFO = '../shared/samples/bookinfo';
export const BOOKINFO_KUBE = `${BOOKINFO}/platform/kube/bookinfo.yaml`;
export const NETWORKING = `${BOOKINFO}/networking`;

export interface CliRun { code: number; stdout: string; stderr: string }

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export const JASON = ['--host', 'reviews', '--port', '9080', '--path', '/reviews/0', '-H', 'end-user: jason', '--source-label', 'app=productpage'];
export const REVIEWS_TEST_V2 = ['-f', BOOKINFO_KUBE, '-f', `${NETWORKING}/destination-rule-all.yaml`, '-f', `${NETWORKING}/virtual-service-reviews-test-v2.yaml`];
