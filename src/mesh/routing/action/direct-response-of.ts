import { asObject, asString, type JsonObject } from '../../model.js';

/** R4.4.1: the status and body the proxy answers with itself, or null when the route has no `directResponse`. */
export function directResponseOf(route: JsonObject): { status: number; body: string | null } | null {
  const direct = asObject(route.directResponse);
  if (!direct) return null;
  const status = typeof direct.status === 'number' ? direct.status : 0;
  const body = asObject(direct.body);
  const text = asString(body?.string);
  if (text !== undefined) return { status, body: text };
  const bytes = asString(body?.bytes);
  return { status, body: bytes !== undefined ? decodeBase64(bytes) : null };
}

/** `body.bytes` is base64 in YAML/JSON (protobuf bytes); shown as UTF-8 text. */
function decodeBase64(encoded: string): string {
  try {
    const binary = atob(encoded);
    const octets = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(octets);
  } catch {
    return encoded;
  }
}
