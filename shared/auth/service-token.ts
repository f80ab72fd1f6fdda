// Service-to-service calls on internal endpoints (outbox delivery, API key checks) carry a short-lived token signed
// with INTERNAL_SECRET and addressed to the one service that must accept it.
import { SignJWT, jwtVerify } from 'jose';
import type { NextFunction, Request, Response } from 'express';
import { secret } from '../config';

export const SERVICE_TOKEN_HEADER = 'x-service-token';
const key = () => new TextEncoder().encode(secret('INTERNAL_SECRET'));

export async function signServiceToken(from: string, to: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(from)
    .setAudience(`internal:${to}`)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key());
}

/** Express middleware for internal routes: refuses anything without a valid token addressed to this service. */
export function requireServiceToken(service: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = req.header(SERVICE_TOKEN_HEADER);
    if (!token) return res.status(401).json({ error: 'UNAUTHENTICATED' });
    try {
      const { payload } = await jwtVerify(token, key(), { audience: `internal:${service}`, algorithms: ['HS256'] });
      res.locals.caller = payload.iss;
      next();
    } catch {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
    }
  };
}
