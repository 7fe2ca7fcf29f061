// The inward dependency rule of DESIGN.md is enforced by eslint.config.js: these cases must fail lint.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('dependency boundaries', () => {
  const cases: { name: string; file: string; code: string; rule: string }[] = [
    { name: 'mesh may not import store', file: 'src/mesh/probe.ts', code: "import { createStore } from '../store/index.js';\nexport const x = createStore;\n", rule: 'import-x/no-restricted-paths' },
    { name: 'mesh may not import node builtins', file: 'src/mesh/probe.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", rule: 'import-x/no-nodejs-modules' },
    { name: 'mesh may not import packages', file: 'src/mesh/probe.ts', code: "import { parse } from 'yaml';\nexport const x = parse;\n", rule: 'no-restricted-imports' },
    { name: 'manifests may import only mesh/model of the engine', file: 'src/manifests/probe.ts', code: "import * as hosts from '../mesh/hosts.js';\nexport const x = hosts;\n", rule: 'import-x/no-restricted-paths' },
    { name: 'manifests may not import pg', file: 'src/manifests/probe.ts', code: "import pg from 'pg';\nexport const x = pg;\n", rule: 'no-restricted-imports' },
    { name: 'store may not import service', file: 'src/store/probe.ts', code: "import { createServices } from '../service/index.js';\nexport const x = createServices;\n", rule: 'import-x/no-restricted-paths' },
    { name: 'api may not import store', file: 'src/api/probe.ts', code: "import { createStore } from '../store/index.js';\nexport const x = createStore;\n", rule: 'import-x/no-restricted-paths' },
    { name: 'cli may not import store', file: 'src/cli/probe.ts', code: "import { createStore } from '../store/index.js';\nexport const x = createStore;\n", rule: 'import-x/no-restricted-paths' },
    { name: 'mcp may not import prisma', file: 'src/mcp/probe.ts', code: "import { PrismaPg } from '@prisma/adapter-pg';\nexport const x = PrismaPg;\n", rule: 'no-restricted-imports' },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      assert.ok((await ruleIds(c.file, c.code)).includes(c.rule), `expected ${c.rule}`);
    });
  }

  test('allowed imports pass: api → service, service → store, manifests → mesh/model', async () => {
    assert.deepEqual(await ruleIds('src/api/probe.ts', "import { createServices } from '../service/index.js';\nexport const x = createServices;\n"), []);
    assert.deepEqual(await ruleIds('src/service/probe.ts', "import { createStore } from '../store/index.js';\nexport const x = createStore;\n"), []);
    assert.deepEqual(await ruleIds('src/manifests/probe.ts', "import { getIn } from '../mesh/model.js';\nexport const x = getIn;\n"), []);
  });
});
