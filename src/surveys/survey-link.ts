import { signLink, verifyLink, type SignedLinkVerdict } from '../common/signed-link.js';

/*
 * The signed link in a survey email: it names the outbox email that invited the person (one per
 * survey per person, so it names the person and the survey) and an expiry, under LINK_SECRET
 * with a domain of its own: a meeting link is refused as a survey link, and the other way round.
 */

const DOMAIN = 'mentornett:survey-link:v1';

/** How long a survey link works after its email was written. */
export const SURVEY_LINK_DAYS = 60;

export function signSurveyLink(outboxId: string, expiresAt: Date, secret: string): string {
  return signLink(DOMAIN, outboxId, expiresAt, secret);
}

export function verifySurveyLink(token: string, now: Date, secret: string): SignedLinkVerdict {
  return verifyLink(DOMAIN, token, now, secret);
}
