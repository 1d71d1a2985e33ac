import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { isDocsPath } from '../common/security-headers.js';
import type { AppConfig } from '../config/app-config.js';

/** The repository's web/dist, from the compiled service (dist/src/console) or its source (src/console, in tests). */
const DEFAULT_DIRS = ['../../../web/dist', '../../web/dist'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

/**
 * The console's Content-Security-Policy: its own scripts, styles, fonts and API only, nothing
 * inline, no other origin, never framed. React sets styles through the DOM, which the policy
 * allows; an inline <script> or style attribute in HTML would be refused.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the service answers itself; everything else is a route of the console. */
function isServicePath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || isDocsPath(path);
}

/** The console's own policy; nosniff, frame denial and the referrer policy come from helmet (security-headers.ts). */
function consoleHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
}

/**
 * Serves the built console at /: hashed assets cached for a year, index.html never without a
 * check (`no-cache`), and index.html for every console route so each can be bookmarked and
 * reloaded. /api and /docs paths fall through to Nest, so an unknown API path still answers JSON 404.
 */
export function mountConsole(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const dir =
    config.CONSOLE_DIR ??
    DEFAULT_DIRS.find((candidate) => existsSync(join(candidate, 'index.html'))) ??
    DEFAULT_DIRS[0];
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn({ dir }, 'The console is not built (npm run build); serving the API only');
    return;
  }
  let index = readFileSync(indexFile, 'utf8');
  if (config.ACCESSIBILITY_STATEMENT_URL) {
    const url = config.ACCESSIBILITY_STATEMENT_URL.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    index = index.replace(
      '</head>',
      `  <meta name="mentornett-accessibility-statement" content="${url}" />\n  </head>`,
    );
  }

  // The app no longer hashes answers for ETags (app.setup.ts): index.html, fetched again on every
  // visit (no-cache), gets its own once, so a browser's revalidation is answered 304.
  const indexTag = `"${createHash('sha256').update(index).digest('base64url').slice(0, 27)}"`;

  const assets = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders(res, path) {
      consoleHeaders(res);
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  app.use((req: Request, res: Response, next: NextFunction) => {
    // Nest answers under /api/v1 only; any other /api path is an API client's mistake, answered as JSON too.
    if ((req.path === '/api' || req.path.startsWith('/api/')) && !req.path.startsWith('/api/v1/')) {
      res.status(404).json({ statusCode: 404, message: `Cannot ${req.method} ${req.path}`, error: 'Not Found' });
      return;
    }
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServicePath(req.path)) {
      next();
      return;
    }
    assets(req, res, () => {
      // A missing hashed asset is a 404, not the app: a stale tab asking for last release's chunk.
      if (req.path.startsWith('/assets/')) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      consoleHeaders(res);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('ETag', indexTag);
      res.type('html').send(index);
    });
  });
}
