/**
 * R3.2.6: Envoy's `normalize_path` resolves dot segments (RFC 3986 §5.2.4) before routing; `merge_slashes`
 * is off, so `//` stays, and escaped slashes (`%2F`) stay unchanged. Applies to the path only, never the query.
 */
export function normalizePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  const segments = withSlash.split('/').slice(1);
  const out: string[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (isDot(segment)) {
      if (last) out.push('');
      return;
    }
    if (isDotDot(segment)) {
      out.pop();
      if (last) out.push('');
      return;
    }
    out.push(segment);
  });
  return `/${out.join('/')}`;
}

// Envoy's canonicaliser (Chromium's URL code) also treats `%2e` as a dot.
function isDot(segment: string): boolean {
  return segment === '.' || segment.toLowerCase() === '%2e';
}

function isDotDot(segment: string): boolean {
  const s = segment.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}
