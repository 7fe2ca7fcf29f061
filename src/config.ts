// Environment → validated configuration. Everything configurable is listed in README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const byteSize = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?\s*(b|kb|kib|mb|mib|gb|gib)?$/i, 'a size such as 20mb, 512kb or 1048576')
  .transform(parseByteSize);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional())
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data', 'postgres')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: byteSize.default(20 * 1024 * 1024),
  INDEX_CACHE_SIZE: z.coerce.number().int().min(1).max(10_000).default(32),
  MAX_DOCUMENTS: z.coerce.number().int().min(1).default(50_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** When set, /api/v1, /graphql and /mcp need `Authorization: Bearer <API_TOKEN>`. */
  API_TOKEN: z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(1).optional())
    .optional(),
});

export type Config = z.infer<typeof envSchema> & { repoRoot: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR), repoRoot };
}

const UNITS: Record<string, number> = { b: 1, kb: 1000, kib: 1024, mb: 1000 ** 2, mib: 1024 ** 2, gb: 1000 ** 3, gib: 1024 ** 3 };

/** `20mb` and `20MiB` both mean 20 * 1024 * 1024, as express/body-parser reads them. */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text}`);
  const unit = match[2].toLowerCase().replace(/^(k|m|g)b$/, '$1ib') || 'b';
  return Math.floor(Number(match[1]) * (UNITS[unit] ?? 1));
}
