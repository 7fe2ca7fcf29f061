// Non-JSON renderings (?format=text|markdown|mermaid|junit), always UTF-8.
import type { Response } from 'express';

export const TEXT_MEDIA_TYPES = {
  text: 'text/plain',
  markdown: 'text/markdown',
  mermaid: 'text/plain',
  junit: 'application/xml',
} as const;

export type TextFormat = keyof typeof TEXT_MEDIA_TYPES;

export function sendText(res: Response, format: TextFormat, text: string): void {
  res.type(`${TEXT_MEDIA_TYPES[format]}; charset=utf-8`).send(text);
}
