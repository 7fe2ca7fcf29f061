// Opaque pagination cursors: base64url of `<kind>:<key>`. A cursor of another kind is bad input.
import { AppError } from '../errors.js';

export function encodeCursor(kind: string, key: string): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`)) throw new AppError('BAD_INPUT', `Invalid cursor "${cursor}".`);
  return text.slice(kind.length + 1);
}

export interface PageSize { defaultSize: number; maxSize: number }

export function pageSize(first: number | null | undefined, { defaultSize, maxSize }: PageSize): number {
  if (first === null || first === undefined) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > maxSize) {
    throw new AppError('BAD_INPUT', `Page size must be an integer from 1 to ${maxSize}; got ${first}.`);
  }
  return first;
}
