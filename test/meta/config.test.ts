import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig, parseByteSize } from '../../src/config.js';

describe('config', () => {
  test('defaults: port 4000, embedded data under the repo, 20 MiB body limit', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 4000);
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.DATA_DIR, path.join(config.repoRoot, '.data', 'postgres'));
    assert.equal(config.BODY_LIMIT, 20 * 1024 * 1024);
    assert.equal(config.INDEX_CACHE_SIZE, 32);
  });

  test('an empty DATABASE_URL means embedded; sizes accept units', () => {
    assert.equal(loadConfig({ DATABASE_URL: '' }).DATABASE_URL, undefined);
    assert.equal(parseByteSize('512kb'), 512 * 1024);
    assert.equal(parseByteSize('1048576'), 1048576);
    assert.equal(loadConfig({ BODY_LIMIT: '5MiB' }).BODY_LIMIT, 5 * 1024 * 1024);
  });

  test('invalid values are refused naming the variable', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' }), /DATABASE_URL/);
    assert.throws(() => loadConfig({ BODY_LIMIT: 'lots' }), /BODY_LIMIT/);
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  });
});
