// Flat config. The import-x zones enforce DESIGN.md's inward dependency rule: src/mesh imports only
// src/mesh; manifests → mesh/model; store → mesh; service → store, manifests, mesh; adapters
// (api, mcp, cli) → service, errors, mesh (types and renderers), never store.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const shell = ['./errors.ts', './logger.ts', './config.ts'];
const adapterAllowed = (self) => [self, './service', './mesh', './generated/graphql.ts', ...shell];

const zones = [
  { target: './src/mesh', from: './src', except: ['./mesh'], message: 'src/mesh is the pure engine: it imports only src/mesh.' },
  { target: './src/manifests', from: './src', except: ['./manifests', './mesh/model.ts'], message: 'src/manifests may import only src/mesh/model.' },
  { target: './src/store', from: './src', except: ['./store', './mesh', './generated/prisma', ...shell], message: 'src/store may import only src/mesh (and Prisma).' },
  { target: './src/service', from: './src', except: ['./service', './store', './manifests', './mesh', ...shell], message: 'src/service may import store, manifests and mesh.' },
  { target: './src/api', from: './src', except: adapterAllowed('./api'), message: 'Adapters import service, errors and mesh types/renderers, never store.' },
  { target: './src/mcp', from: './src', except: adapterAllowed('./mcp'), message: 'Adapters import service, errors and mesh types/renderers, never store.' },
  // `mesh-explainer mcp` serves the MCP adapter from the CLI.
  { target: './src/cli', from: './src', except: [...adapterAllowed('./cli'), './mcp'], message: 'Adapters import service, errors and mesh types/renderers, never store.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'src/generated/**', '.data/**', 'bench/.cache/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json', '.node'], extensionAlias: { '.js': ['.ts', '.js'] } }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { maxDepth: 8 }] },
  },
  {
    // The engine is pure: no Node built-ins, no packages.
    files: ['src/mesh/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': ['error', { patterns: [{ regex: '^[^.]', message: 'src/mesh imports only src/mesh (no packages).' }] }],
    },
  },
  {
    files: ['src/manifests/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!\\.|node:|yaml$|js-yaml$|zod$|re2js$)', message: 'src/manifests may import yaml, js-yaml, zod and re2js only.' }],
      }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(express|@apollo/.*|graphql|@modelcontextprotocol/.*)$', message: 'src/store knows no adapter.' }] }],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/mcp/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(pg|@prisma/.*)$', message: 'Adapters never touch the database; go through src/service.' }] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
