import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError, ERROR_CODES, toAppError } from '../../src/errors.js';

describe('error table', () => {
  test('every code maps to an HTTP error status, a GraphQL code, MCP isError and a CLI exit code', () => {
    for (const [code, mapping] of Object.entries(ERROR_CODES)) {
      assert.ok(mapping.httpStatus >= 400 && mapping.httpStatus < 600, code);
      assert.match(mapping.graphqlCode, /^[A-Z_]+$/, code);
      assert.equal(mapping.mcpIsError, true, code);
      assert.ok([1, 2].includes(mapping.cliExitCode), code);
    }
  });

  test('bad input exits 2, operational failures exit 1', () => {
    assert.equal(ERROR_CODES.BAD_INPUT.cliExitCode, 2);
    assert.equal(ERROR_CODES.MANIFESTS_INVALID.cliExitCode, 2);
    assert.equal(ERROR_CODES.NOT_FOUND.cliExitCode, 1);
    assert.equal(ERROR_CODES.UNAVAILABLE.cliExitCode, 1);
    assert.equal(ERROR_CODES.INTERNAL.cliExitCode, 1);
  });

  test('an unknown error becomes INTERNAL and hides its message', () => {
    const error = toAppError(new Error('password=secret'));
    assert.equal(error.code, 'INTERNAL');
    assert.doesNotMatch(error.message, /secret/);
    const own = new AppError('NOT_FOUND', 'x');
    assert.equal(toAppError(own), own);
    assert.equal(own.mapping.httpStatus, 404);
  });
});
