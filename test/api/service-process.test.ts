// The real service as a child process on the embedded PostgreSQL (DATABASE_URL unset).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { access, chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sample } from '../helpers/samples.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Started { child: ChildProcess; port: number; logs: string[]; exited: Promise<number | null> }

function startService(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        logs.push(line);
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if (entry.msg.startsWith('mesh-explainer listening')) resolve({ child, port: entry.port ?? 0, logs, exited });
      }
    });
    void exited.then((code) => reject(new Error(`service exited with ${code} before listening:\n${logs.join('\n')}`)));
  });
}

describe('the service on embedded PostgreSQL', () => {
  let dataDir: string;
  before(async () => {
    // The embedded server runs as OS user postgres when we are root: it must be able to enter the folder.
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mesh-explainer-'));
    await chmod(dataDir, 0o755);
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('starts, migrates, serves an upload, and stops cleanly on SIGTERM', async () => {
    const service = await startService(path.join(dataDir, 'pg'));
    try {
      const base = `http://127.0.0.1:${service.port}`;
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      assert.deepEqual(await (await fetch(`${base}/readyz`)).json(), { status: 'ready' });
      const file = sample('helloworld/helloworld.yaml');
      const upload = await fetch(`${base}/api/v1/sets/hello/revisions?filename=helloworld.yaml`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: file.content });
      assert.equal(upload.status, 201);
      const list = (await (await fetch(`${base}/api/v1/sets`)).json()) as { items: { name: string; latestRevision: number }[] };
      assert.deepEqual(list.items.map((s) => [s.name, s.latestRevision]), [['hello', 1]]);
      const requestLines = service.logs.filter((l) => l.includes('"msg":"request"'));
      assert.ok(requestLines.some((l) => l.includes('"path":"/api/v1/sets/hello/revisions"') && l.includes('"status":201')));
      assert.ok(service.logs.every((l) => !l.includes('helloworld-v1')), 'no request body in the logs');
      assert.ok(service.logs.some((l) => l.includes(`"dataDir":"${path.join(dataDir, 'pg')}"`)), 'the data directory is printed');
    } finally {
      service.child.kill('SIGTERM');
    }
    assert.equal(await service.exited, 0);
    await assert.rejects(access(path.join(dataDir, 'pg', 'pgdata', 'postmaster.pid')), 'the embedded server was stopped');
  });

  test('the next start reuses the data; a server left by a SIGKILLed parent is adopted', async () => {
    const first = await startService(path.join(dataDir, 'pg'));
    first.child.kill('SIGKILL');
    await first.exited;
    const pid = Number((await readFile(path.join(dataDir, 'pg', 'pgdata', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    assert.doesNotThrow(() => process.kill(pid, 0), 'the orphaned server is still running');
    const second = await startService(path.join(dataDir, 'pg'));
    try {
      assert.ok(second.logs.some((l) => l.includes('adopting an embedded PostgreSQL')));
      const list = (await (await fetch(`http://127.0.0.1:${second.port}/api/v1/sets`)).json()) as { items: { name: string }[] };
      assert.deepEqual(list.items.map((s) => s.name), ['hello']);
    } finally {
      second.child.kill('SIGTERM');
    }
    assert.equal(await second.exited, 0);
    await assert.rejects(access(path.join(dataDir, 'pg', 'pgdata', 'postmaster.pid')));
  });
});
