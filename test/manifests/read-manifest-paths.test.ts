import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifestPaths } from '../../src/manifests/index.js';

describe('readManifestPaths', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'manifests-'));
    mkdirSync(join(root, 'b', 'nested'), { recursive: true });
    writeFileSync(join(root, 'z.yaml'), 'z');
    writeFileSync(join(root, 'a.yml'), 'a');
    writeFileSync(join(root, 'b', 'nested', 'c.json'), '{}');
    writeFileSync(join(root, 'b', 'readme.md'), 'not a manifest');
    writeFileSync(join(root, 'single.txt'), 'named explicitly');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('directories are searched recursively for .yaml/.yml/.json and sorted by path; files are read as bytes', async () => {
    const files = await readManifestPaths([root]);
    assert.deepEqual(files.map((f) => f.name), [join(root, 'a.yml'), join(root, 'b', 'nested', 'c.json'), join(root, 'z.yaml')]);
    assert.ok(files[0].content instanceof Uint8Array);
    assert.equal(Buffer.from(files[0].content).toString('utf8'), 'a');
  });

  test('a file named explicitly is read whatever its extension, in argument order, without repeats', async () => {
    const files = await readManifestPaths([join(root, 'single.txt'), join(root, 'z.yaml'), root]);
    assert.deepEqual(files.map((f) => f.name), [
      join(root, 'single.txt'), join(root, 'z.yaml'), join(root, 'a.yml'), join(root, 'b', 'nested', 'c.json'),
    ]);
  });

  test('a missing path throws an Error whose message names the path', async () => {
    const missing = join(root, 'nope.yaml');
    await assert.rejects(readManifestPaths([root, missing]), (error: unknown) => error instanceof Error && error.message.includes(missing));
  });
});
