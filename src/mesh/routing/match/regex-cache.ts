// eslint-disable-next-line no-restricted-imports -- RE2 semantics (R3.2.3) need re2js; this file is the engine's only import of it.
import { RE2JS } from 're2js';

export type CompiledRegex = { ok: true; regex: RE2JS } | { ok: false; error: string };

const cache = new Map<string, CompiledRegex>();

/** Compiles an RE2 pattern once (Envoy `safe_regex` syntax); a syntax error is a value, never a throw. */
export function compileRegex(pattern: string): CompiledRegex {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let compiled: CompiledRegex;
  try {
    compiled = { ok: true, regex: RE2JS.compile(pattern) };
  } catch (e) {
    compiled = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  cache.set(pattern, compiled);
  return compiled;
}

export type RegexTest = { ok: true; matched: boolean; partial: boolean } | { ok: false; error: string };

/** RE2 full match (Envoy uses `RE2::FullMatch`); `partial` says whether a sub-match exists, for explanations. */
export function regexFullMatch(pattern: string, value: string): RegexTest {
  const compiled = compileRegex(pattern);
  if (!compiled.ok) return compiled;
  const matched = compiled.regex.matches(value);
  const partial = !matched && compiled.regex.matcher(value).find();
  return { ok: true, matched, partial };
}

/** JavaScript-style `/.../flags` literals are literal characters in RE2 (pain point 17). */
export function looksLikeJavaScriptRegex(pattern: string): boolean {
  return pattern.startsWith('/') && pattern.includes('\\/') && /\/[gimsuy]*$/.test(pattern);
}
