import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config.js';

/** Paths under which the service's own JSON, CSV and HTML live (the console's are elsewhere). */
const API = '/api/';

/**
 * The API's Content-Security-Policy: a JSON or CSV answer loads nothing and is never framed. The
 * console (console.ts), the signed-link pages and the queue dashboard set their own.
 */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Swagger UI and the queue dashboard: their own scripts and styles (some inline styles), nothing from elsewhere. */
export const TOOL_PAGE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Swagger UI and its document (/docs, /docs/…, and its assets /docs-…). */
export function isDocsPath(path: string): boolean {
  return path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs-');
}

/**
 * Security headers on every response, through helmet: no MIME sniffing, never framed, no referrer
 * to other sites, no X-Powered-By, HSTS when the service is public over https; a strict CSP; and
 * `Cache-Control: no-store` on every API answer (they carry personal data), unless a handler sets
 * its own. `dashboardPath` and /docs get TOOL_PAGE_CSP.
 */
export function securityHeaders(config: AppConfig, dashboardPath: string): RequestHandler[] {
  const https = config.PUBLIC_URL.startsWith('https:');
  return [
    helmet({
      contentSecurityPolicy: false,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      // The console and API are one origin; nothing here is meant to be embedded elsewhere.
      crossOriginResourcePolicy: { policy: 'same-origin' },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      const path = req.path;
      if (
        path === '/docs' ||
        path.startsWith('/docs/') ||
        path.startsWith('/docs-') ||
        path.startsWith(dashboardPath)
      ) {
        res.setHeader('Content-Security-Policy', TOOL_PAGE_CSP);
      } else if (path.startsWith(API)) {
        res.setHeader('Content-Security-Policy', API_CSP);
      }
      if (path.startsWith(API)) res.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}
