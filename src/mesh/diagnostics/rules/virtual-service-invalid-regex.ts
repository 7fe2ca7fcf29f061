// R3.2.3, R3.3.1, R4.5.3: regexes are RE2; an invalid one makes istiod reject the VirtualService.
import { asArray, asObject, asString, getIn, type JsonObject } from '../../model.js';
import { compileRegex } from '../../routing/match/regex-cache.js';
import { defineRule } from '../define-rule.js';
import { childPath } from '../support/field-path.js';

interface RegexUse { fieldPath: string; pattern: string }

function stringMatchRegexes(raw: unknown, path: string): RegexUse[] {
  const pattern = asString(asObject(raw)?.regex);
  return pattern === undefined || pattern === '*' ? [] : [{ fieldPath: `${path}.regex`, pattern }];
}

function matchRegexes(match: JsonObject, path: string): RegexUse[] {
  const out: RegexUse[] = [];
  for (const field of ['uri', 'scheme', 'method', 'authority'] as const) out.push(...stringMatchRegexes(match[field], `${path}.${field}`));
  for (const field of ['headers', 'withoutHeaders', 'queryParams'] as const) {
    for (const [key, value] of Object.entries(asObject(match[field]) ?? {})) {
      out.push(...stringMatchRegexes(value, childPath(path, field, key)));
    }
  }
  return out;
}

function regexUses(spec: unknown): RegexUse[] {
  const out: RegexUse[] = [];
  asArray(getIn(spec, 'http')).forEach((route, i) => {
    asArray(getIn(route, 'match')).forEach((m, j) => out.push(...matchRegexes(asObject(m) ?? {}, `spec.http[${i}].match[${j}]`)));
    const rewrite = asString(getIn(route, 'rewrite', 'uriRegexRewrite', 'match'));
    if (rewrite !== undefined) out.push({ fieldPath: `spec.http[${i}].rewrite.uriRegexRewrite.match`, pattern: rewrite });
  });
  return out;
}

export const virtualServiceInvalidRegex = defineRule('MX0015', {
  description: 'Every regex in VirtualService matches and regex rewrites must be valid RE2 syntax.',
  inputs: ['VirtualService'],
  check(ctx) {
    for (const virtualService of ctx.index.virtualServices) {
      for (const use of regexUses(virtualService.resource.object.spec)) {
        const compiled = compileRegex(use.pattern);
        if (compiled.ok) continue;
        ctx.report({
          resource: virtualService.resource,
          fieldPath: use.fieldPath,
          message: `Regex "${use.pattern}" is not valid RE2: ${compiled.error.replace(/\.$/, '')}.`,
          symptom: 'istiod rejects the VirtualService, so none of its routes apply',
          fix: 'Write the pattern in RE2 syntax (no lookaround or backreferences, no /.../flags delimiters).',
          rules: ['R3.2.3', 'R3.3.1', 'R4.5.3'],
        });
      }
    }
  },
});
