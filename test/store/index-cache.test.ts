import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MeshIndex } from '../../src/mesh/index/types.js';
import type { Resource } from '../../src/mesh/model.js';
import { IndexCache } from '../../src/store/index-cache.js';

function fakeIndex(resources: Resource[]): MeshIndex {
  return { resources } as unknown as MeshIndex;
}

function cacheWith(capacity: number) {
  const loads: string[] = [];
  const cache = new IndexCache({
    capacity,
    load: async (id) => {
      loads.push(id);
      return { resources: [], files: [{ name: id, text: '' }] };
    },
    build: fakeIndex,
  });
  return { cache, loads };
}

describe('IndexCache', () => {
  test('a second query on the same revision does not rebuild', async () => {
    const { cache, loads } = cacheWith(2);
    const first = await cache.get('r1');
    const second = await cache.get('r1');
    assert.equal(first, second);
    assert.deepEqual(loads, ['r1']);
    assert.deepEqual(cache.stats(), { size: 1, capacity: 2, builds: 1, hits: 1 });
  });

  test('concurrent queries share one build', async () => {
    const { cache, loads } = cacheWith(2);
    const [a, b] = await Promise.all([cache.get('r1'), cache.get('r1')]);
    assert.equal(a, b);
    assert.deepEqual(loads, ['r1']);
  });

  test('evicts the least recently used revision beyond capacity', async () => {
    const { cache, loads } = cacheWith(2);
    await cache.get('r1');
    await cache.get('r2');
    await cache.get('r1');
    await cache.get('r3');
    await cache.get('r1');
    await cache.get('r2');
    assert.deepEqual(loads, ['r1', 'r2', 'r3', 'r2']);
    assert.equal(cache.stats().size, 2);
  });

  test('a failed load is not cached', async () => {
    let fail = true;
    const cache = new IndexCache({
      capacity: 2,
      load: async () => {
        if (fail) throw new Error('db down');
        return { resources: [], files: [] };
      },
      build: fakeIndex,
    });
    await assert.rejects(cache.get('r1'), /db down/);
    fail = false;
    assert.ok(await cache.get('r1'));
  });

  test('the locator built from the stored files is passed to the builder', async () => {
    let seen: unknown;
    const locate = () => ({ line: 7, column: 3 });
    const cache = new IndexCache({
      capacity: 1,
      load: async () => ({ resources: [], files: [{ name: 'a.yaml', text: 'x: 1' }] }),
      createLocator: (files) => (files[0].name === 'a.yaml' ? locate : () => undefined),
      build: (resources, options) => {
        seen = options?.locate;
        return fakeIndex(resources);
      },
    });
    await cache.get('r1');
    assert.equal(seen, locate);
  });
});
