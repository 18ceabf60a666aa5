// Structured logs: one JSON object per line (time, level, msg, fields), easy to grep and to ship to a collector.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function jsonLogger(
  base: Record<string, unknown> = {},
  minLevel: LogLevel = (process.env.LOG_LEVEL as LogLevel) || 'info',
): Logger {
  const min = RANK[minLevel] ?? RANK.info;
  return (level, msg, fields) => {
    if (RANK[level] < min) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields });
    if (level === 'warn' || level === 'error') console.error(line);
    else console.log(line);
  };
}

export const silentLogger: Logger = () => {};
