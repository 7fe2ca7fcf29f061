import { readFile } from 'node:fs/promises';
import { AppError } from '../errors.js';

/** A small input file (requests, cases) as text; a missing or unreadable file is bad input. */
export async function readTextFile(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code);
    throw new AppError('BAD_INPUT', `${flag} ${path}: ${why}`);
  }
}
