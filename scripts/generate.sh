#!/usr/bin/env bash
# Generates src/generated (gitignored): the Prisma client and the GraphQL resolver types.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# generate never runs the schema engine; the variable must not leak to other prisma commands (STACK.md).
if ! PRISMA_SCHEMA_ENGINE_BINARY=/bin/true npx --no-install prisma generate --no-hints >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
npx --no-install graphql-codegen --config codegen.ts --silent
