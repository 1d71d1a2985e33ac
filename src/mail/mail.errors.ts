/** A send that will never succeed as it stands (SMTP 5xx, a template that cannot render): not retried. */
export class PermanentMailError extends Error {}

/** A send that may succeed later (SMTP 4xx, a timeout, a refused connection): retried with backoff. */
export class TransientMailError extends Error {}

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  response?: string;
  message?: string;
}

/** Sorts a nodemailer failure: 5xx replies are permanent, everything else is worth another try. */
export function classifySmtpFailure(error: unknown): PermanentMailError | TransientMailError {
  const e = (error ?? {}) as SmtpFailure;
  const detail = (e.response ?? e.message ?? String(error)).split('\n')[0].slice(0, 500);
  const text = e.responseCode ? `SMTP ${e.responseCode}: ${detail}` : `${e.code ?? 'error'}: ${detail}`;
  if (e.responseCode && e.responseCode >= 500 && e.responseCode < 600) return new PermanentMailError(text);
  return new TransientMailError(text);
}
