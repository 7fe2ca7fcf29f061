// Set names appear in URLs and CLI arguments: DNS-label-like, as Kubernetes names are.
import { AppError } from '../errors.js';

const SET_NAME = /^[a-z0-9]([a-z0-9._-]{0,126}[a-z0-9])?$/;

export function checkSetName(name: string): string {
  if (!SET_NAME.test(name)) {
    throw new AppError(
      'BAD_INPUT',
      `Invalid manifest set name "${name}": use 1-128 lower-case letters, digits, '-', '.' or '_', starting and ending with a letter or digit.`,
    );
  }
  return name;
}
