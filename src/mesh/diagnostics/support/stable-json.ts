// JSON with sorted keys, to compare matches structurally (istio `asJSON` ignores field order too).
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (stableJson(value[i]) as string | undefined ?? ''); // as join() did
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '{';
    for (const key of Object.keys(record).sort()) {
      if (record[key] === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stableJson(record[key])}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}
