import { LineCounter, parseDocument, isNode } from 'yaml';
import { AppError } from '../../errors.js';

export interface DataFile {
  value: unknown;
  /** `file:line:column` of the value at `path`, or of its nearest written parent. */
  locate(path: readonly PropertyKey[]): string;
}

const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

/** Parses a small JSON or YAML file (request lists, routing test cases) keeping positions for messages. */
export function parseDataFile(text: string, fileName: string): DataFile {
  if (text.length > MAX_DATA_FILE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `${fileName}: larger than ${MAX_DATA_FILE_BYTES} bytes`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const at = lineCounter.linePos(e.pos[0]);
      return `${fileName}:${at.line}:${at.col}: ${e.message.split('\n')[0]}`;
    });
    throw new AppError('BAD_INPUT', `${fileName} is not valid YAML or JSON:\n${lines.join('\n')}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  const locate = (path: readonly PropertyKey[]): string => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth).map((p) => (typeof p === 'symbol' ? String(p) : p)), true);
      if (isNode(node) && node.range) {
        const at = lineCounter.linePos(node.range[0]);
        return `${fileName}:${at.line}:${at.col}`;
      }
    }
    return `${fileName}:1:1`;
  };
  return { value, locate };
}
