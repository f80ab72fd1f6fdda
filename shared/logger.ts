// Structured JSON logs (pino). Personal data never goes into a log line: log ids, not names or national IDs. Database
// errors carry the failing SQL with its values (a national ID in a WHERE clause, say): the error serializer keeps
// PostgreSQL's own message and code, and drops the statement, its parameters and the row details.
import pino from 'pino';

interface LoggedError {
  type?: string;
  message?: string;
  stack?: string;
  [key: string]: unknown;
}

const DB_ERROR_KEYS = ['sql', 'sqlMessage', 'parameters', 'detail', 'where', 'query', 'bindings', 'routine', 'internalQuery'];

export function safeError(error: unknown): LoggedError {
  const serialized = pino.stdSerializers.err(error as Error) as LoggedError;
  const message = typeof serialized.message === 'string' ? serialized.message : '';
  // MikroORM's driver exceptions read "<the whole statement> - <what PostgreSQL said>".
  const isDatabaseError = /Exception$/.test(String(serialized.type)) || typeof serialized.code === 'string';
  if (!isDatabaseError) return serialized;
  const cleaned: LoggedError = { ...serialized, message: message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message };
  for (const key of DB_ERROR_KEYS) delete cleaned[key];
  if (typeof cleaned.stack === 'string') cleaned.stack = cleaned.stack.split('\n').slice(1).join('\n');
  return cleaned;
}

export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: process.env.SERVICE_NAME || undefined },
  serializers: { err: safeError },
  redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'headers.authorization', 'headers["x-api-key"]'], remove: true },
});

export function serviceLogger(service: string): pino.Logger {
  return logger.child({ service });
}
