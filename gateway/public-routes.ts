// Public pages the gateway serves besides GraphQL (the case status page behind QR codes comes with the workflow).
import type { Express } from 'express';

export function publicRoutes(): (app: Express) => void {
  return () => undefined;
}
