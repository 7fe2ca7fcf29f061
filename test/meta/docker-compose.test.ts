// docker cannot run on the build machines: keep docker-compose.yml and the Dockerfile right by reading them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ComposeService { image?: string; build?: string; environment?: Record<string, string>; ports?: string[]; depends_on?: Record<string, { condition: string }> }
const compose = parse(readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };
const dockerfile = readFileSync(path.join(REPO, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  const service = compose.services['mesh-explainer'];
  const postgres = compose.services.postgres;

  test('the service is built from this repo and its environment is a valid configuration', () => {
    assert.equal(service.build, '.');
    const config = loadConfig(service.environment);
    assert.equal(config.PORT, 4000);
    assert.equal(config.BODY_LIMIT, 20 * 1024 * 1024);
  });

  test('DATABASE_URL points at the postgres service with its user, password and database', () => {
    const url = new URL(service.environment!.DATABASE_URL);
    const env = postgres.environment!;
    assert.equal(url.hostname, 'postgres');
    assert.equal(url.port, '5432');
    assert.equal(url.username, env.POSTGRES_USER);
    assert.equal(url.password, env.POSTGRES_PASSWORD);
    assert.equal(url.pathname, `/${env.POSTGRES_DB}`);
    assert.deepEqual(service.depends_on, { postgres: { condition: 'service_healthy' } });
  });

  test('the published port is the one the service listens on and the Dockerfile exposes', () => {
    const port = service.environment!.PORT;
    assert.deepEqual(service.ports, [`${port}:${port}`]);
    assert.match(dockerfile, new RegExp(`^EXPOSE ${port}$`, 'm'));
  });
});

describe('Dockerfile', () => {
  test('runs the composition root with generated code and the files it reads at run time', () => {
    assert.match(dockerfile, /^CMD \["node", "--import", "tsx", "src\/main\.ts"\]$/m);
    assert.match(dockerfile, /RUN npm run generate/);
    for (const needed of ['prisma', 'schema.graphql', 'src']) assert.match(dockerfile, new RegExp(`COPY --from=build /app/${needed} `));
    assert.match(dockerfile, /^USER node$/m);
  });
});
