// Field paths in the form src/manifests uses: `spec.http[0].route[1].destination`, odd keys as `["a.b"]`.
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function fieldPath(...segments: (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Appends segments to an existing path. */
export function childPath(base: string, ...segments: (string | number)[]): string {
  const tail = fieldPath(...segments);
  if (base === '') return tail;
  return tail.startsWith('[') ? base + tail : `${base}.${tail}`;
}
