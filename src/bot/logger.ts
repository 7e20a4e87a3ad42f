export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Anything shaped like a bot token (id.timestamp.hmac), redacted even when we were not told it. */
const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Strings never to print (the token): replaced by [redacted] in every line. */
  secrets?: readonly (string | undefined)[];
  write?: (line: string) => void;
}

/** One line per event on stderr: `time LEVEL message key=value…`; secrets redacted as defence in depth. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const min = RANK[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (RANK[level] < min) return;
      const extra = Object.entries(fields).map(([k, v]) => `${k}=${formatValue(v)}`);
      const line = [new Date().toISOString(), level.toUpperCase(), message, ...extra].join(' ');
      write(redact(line, secrets));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.replaceAll(s, '[redacted]');
  return out.replace(TOKEN_SHAPE, '[redacted]');
}

function formatValue(v: unknown): string {
  if (v instanceof Error) return JSON.stringify(v.stack ?? `${v.name}: ${v.message}`);
  if (typeof v === 'string') return /^[\w./:@-]*$/.test(v) ? v : JSON.stringify(v);
  return JSON.stringify(v) ?? String(v);
}
