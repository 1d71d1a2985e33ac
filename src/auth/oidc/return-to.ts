/** Where the console goes when a returnTo is missing or not one of its own paths. */
export const DEFAULT_RETURN_TO = '/programmes';

/**
 * A path of this console to go to after single sign-on: a relative path that starts with one
 * `/` (never `//host` or `/\host`, which browsers read as another site), without backslashes,
 * spaces or control characters; anything else is DEFAULT_RETURN_TO.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return DEFAULT_RETURN_TO;
  return /^\/(?![/\\])[^\\\s\p{Cc}]*$/u.test(value) ? value : DEFAULT_RETURN_TO;
}
