/**
 * Why a single sign-on ended without a session. The callback sends the browser to
 * `/login?sso=<code>`, where the console says it in the reader's language.
 */
export type SsoRefusalCode =
  /** The identity provider could not be reached (or answered nonsense): try later, or use a password. */
  | 'unavailable'
  /** The sign-in did not check out: no or an expired login cookie, a wrong state or nonce, a used code. */
  | 'failed'
  /** The person cancelled at the provider, or the provider refused them. */
  | 'denied'
  /** The provider does not vouch for the email address (email_verified is not true), or gave none. */
  | 'unverified'
  /** No user of this service has the email, or the user is disabled. */
  | 'no_account';

export class SsoRefusal extends Error {
  constructor(readonly code: SsoRefusalCode) {
    super(`Single sign-on refused: ${code}`);
  }
}
