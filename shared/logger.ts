// Structured JSON logs (pino). Personal data never goes into a log line: log ids, not names or national IDs.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: process.env.SERVICE_NAME || undefined },
  redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'headers.authorization', 'headers["x-api-key"]'], remove: true },
});

export function serviceLogger(service: string): pino.Logger {
  return logger.child({ service });
}
