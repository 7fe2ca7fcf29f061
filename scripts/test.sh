#!/usr/bin/env bash
# npm test: generate (Prisma client, GraphQL types), lint (eslint + tsc), then every test/**/*.test.ts
# with node's runner. Tests use DATABASE_URL as an admin connection, else postgres://root@127.0.0.1:5432/postgres.
# The tests run even when lint fails, so one run shows everything; the exit code is non-zero if either failed.
set -uo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."

bash scripts/generate.sh || exit 1

lint=0
echo "== eslint"
npx --no-install eslint . || lint=1
echo "== tsc --noEmit"
npx --no-install tsc --noEmit || lint=1

files=(test/**/*.test.ts)
if [ ${#files[@]} -eq 0 ]; then
  echo "no test files found" >&2
  exit 1
fi
echo "== node --test (${#files[@]} files)"
node --import tsx --test --test-concurrency="${TEST_CONCURRENCY:-2}" "${files[@]}"
tests=$?

if [ "$lint" -ne 0 ]; then echo "lint failed (see above)" >&2; fi
if [ "$lint" -ne 0 ] || [ "$tests" -ne 0 ]; then exit 1; fi
exit 0
