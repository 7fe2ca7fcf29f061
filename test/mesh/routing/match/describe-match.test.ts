import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { describeMatch } from '../../../../src/mesh/routing/match/index.js';

describe('describeMatch', () => {
  test('describes every condition in one line', () => {
    assert.equal(describeMatch({ uri: { prefix: '/api' }, headers: { 'end-user': { exact: 'jason' } } }), 'uri prefix "/api" and header end-user exact "jason"');
    assert.equal(
      describeMatch({ uri: { exact: '/a' }, ignoreUriCase: true, method: { exact: 'GET' }, withoutHeaders: { x: {} }, queryParams: { v: { regex: '[0-9]+' } }, port: 80, sourceLabels: { app: 'p' } }),
      'uri exact "/a" (ignoring case) and method exact "GET" and no header x and query parameter v regex "[0-9]+" and port 80 and source labels app=p',
    );
  });

  test('an empty match is everything', () => {
    assert.equal(describeMatch({}), 'everything');
  });
});
