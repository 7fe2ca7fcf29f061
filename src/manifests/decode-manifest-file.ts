import { createHash } from 'node:crypto';
import type { ManifestFile, ManifestProblem, StoredFile } from './types.js';

export type DecodedFile = { ok: true; file: StoredFile } | { ok: false; problem: ManifestProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BOM = '\uFEFF';

/** Raw bytes → text (strict UTF-8, BOM removed) with the sha256 and size of the bytes as uploaded. */
export function decodeManifestFile(input: ManifestFile): DecodedFile {
  const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
  let text: string;
  if (typeof input.content === 'string') {
    text = input.content;
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, problem: invalidUtf8(input.name, bytes) };
    }
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, file: { name: input.name, sha256, size: bytes.byteLength, text } };
}

export function byteLength(input: ManifestFile): number {
  return typeof input.content === 'string' ? Buffer.byteLength(input.content, 'utf8') : input.content.byteLength;
}

function invalidUtf8(file: string, bytes: Uint8Array): ManifestProblem {
  const at = firstInvalidUtf8(bytes);
  return {
    code: 'invalid-utf8',
    file,
    docIndex: null,
    line: at?.line ?? null,
    column: at?.column ?? null,
    object: null,
    fieldPath: null,
    message: `file is not valid UTF-8${at ? ` (first invalid byte at offset ${at.offset})` : ''}; save it as UTF-8 and upload again`,
  };
}

/** Finds the first byte sequence the strict decoder rejects, to give a position. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } | undefined {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const width = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const valid = width > 0 && i + width <= bytes.length && (width === 1 || isValidSequence(bytes.subarray(i, i + width)));
    if (!valid) return { offset: i, line, column: i - lineStart + 1 };
    if (b === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
    i += width;
  }
  return undefined;
}

function isValidSequence(seq: Uint8Array): boolean {
  try {
    utf8.decode(seq);
    return true;
  } catch {
    return false;
  }
}
