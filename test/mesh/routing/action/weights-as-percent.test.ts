import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { weightsAsPercent } from '../../../../src/mesh/routing/action/index.js';

const dest = (weight?: number) => ({ destination: { host: 'reviews' }, ...(weight === undefined ? {} : { weight }) });

describe('weightsAsPercent', () => {
  test('R4.2.1: a single destination gets 100% whatever its weight', () => {
    const out = weightsAsPercent([dest(30)]);
    assert.deepEqual(out.map((d) => [d.weight, d.dropped]), [[100, false]]);
    assert.match(out[0]?.reason ?? '', /weight 30 is ignored/);
  });

  test('R4.2.2: 50/50 split', () => {
    assert.deepEqual(weightsAsPercent([dest(50), dest(50)]).map((d) => d.weight), [50, 50]);
  });

  test('R4.2.2: a 1/3 split becomes integer percents summing to 100', () => {
    const out = weightsAsPercent([dest(1), dest(1), dest(1)]);
    assert.deepEqual(out.map((d) => d.weight), [34, 33, 33]);
    assert.equal(out.reduce((a, d) => a + d.weight, 0), 100);
  });

  test('R4.2.2: weights need not sum to 100', () => {
    assert.deepEqual(weightsAsPercent([dest(1), dest(3)]).map((d) => d.weight), [25, 75]);
    const uneven = weightsAsPercent([dest(2), dest(2), dest(3)]).map((d) => d.weight);
    assert.equal(uneven.reduce((a, b) => a + b, 0), 100);
  });

  test('R4.2.2: weight 0 or omitted is dropped when there are several destinations', () => {
    const out = weightsAsPercent([dest(), dest(80), dest(0)]);
    assert.deepEqual(out.map((d) => [d.weight, d.dropped]), [[0, true], [100, false], [0, true]]);
  });

  test('R4.2.2: all weights 0 is rejected', () => {
    const out = weightsAsPercent([dest(0), dest()]);
    assert.ok(out.every((d) => d.dropped && d.weight === 0));
    assert.match(out[0]?.reason ?? '', /total destination weight = 0/);
  });
});
