// Errors raised before GraphQL runs (a body that is not JSON, a body too large) answer in the GraphQL error shape, as
// JSON, without stack traces: Express's default handler would send an HTML page with a stack in development.
import type { ErrorRequestHandler } from 'express';

export const jsonErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  const message =
    status === 413 ? 'The request body is too large' : status < 500 ? 'The request body must be a JSON object: { "query": …, "variables": … }' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
