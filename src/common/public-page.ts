import { createHash } from 'node:crypto';

/**
 * The headers of a page outside the console (the signed-link pages, a certificate's check, the
 * information pages): HTML without any script, inline styles only, never framed. `form`: where the
 * page's form may post ('none' without one). A page behind a secret in its address (`secretInUrl`)
 * also keeps it from every page it links to and from search engines, and is never cached.
 */
export function publicPageHeaders(options: { form: 'self' | 'none'; secretInUrl: boolean }): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action '${options.form}'; base-uri 'none'; frame-ancestors 'none'`,
    ...(options.secretInUrl
      ? { 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex', 'Cache-Control': 'no-store' }
      : {}),
  };
}

/** A signed link's name in Redis (its rate limits, its daily count): its SHA-256, never the token itself. */
export function linkKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
