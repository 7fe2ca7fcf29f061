// JSON logs (pino). Request bodies and headers are never logged; credentials in URLs are redacted.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'mesh-explainer' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['password', '*.password', 'databaseUrl', '*.databaseUrl', 'headers', '*.headers'], censor: '[redacted]' },
    },
    destination,
  );
}

/** postgres://user:secret@host/db → postgres://user:***@host/db, for messages that name a server. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[unparseable url]';
  }
}
