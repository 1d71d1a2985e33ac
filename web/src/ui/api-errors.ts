import { ApiFailure } from '../api/client.js';
import { ErrorParamMismatch, type ErrorCode } from '../i18n/error-codes.js';
import type { Messages } from '../i18n/nb.js';

/**
 * The API's errors in the reader's language, by field: `errors[]` carries a code and params for
 * every rule (see src/common/error-codes.ts); a code the console does not know yet falls back
 * to the API's English sentence rather than hiding it. Keys are the top-level field names
 * (`languages` for `languages.1.level`); errors not tied to a field go under `form`.
 */
export function fieldErrors(error: unknown, t: Messages): Record<string, string> {
  if (!(error instanceof ApiFailure)) return error ? { form: t.app.errorText(undefined) } : {};
  const out: Record<string, string> = {};
  const add = (field: string, text: string) => {
    out[field] = out[field] ? `${out[field]} ${text}` : text;
  };
  const { body } = error;
  // A 500's reference is the body's requestId, which its internal_error code does not carry.
  if (error.status >= 500) return { form: t.app.errorText(body.requestId) };
  if (body.errors?.length) {
    for (const item of body.errors) {
      add(item.field ? item.field.split('.')[0] : 'form', errorText(item.code, item.params ?? {}, item.message, t));
    }
    return out;
  }
  const messages = Array.isArray(body.message) ? body.message : [body.message];
  for (const message of messages) add('form', message);
  return out;
}

/**
 * One coded error in the reader's language; the API's own sentence for a code the console does not
 * know (a service newer than the console) or params not of the kinds the code declares.
 */
export function errorText(
  code: string | undefined,
  params: Record<string, unknown>,
  fallback: string,
  t: Messages,
): string {
  if (!code || !isKnownCode(code, t)) return fallback;
  try {
    return t.errorCodes[code](params);
  } catch (error) {
    if (error instanceof ErrorParamMismatch) return fallback;
    throw error;
  }
}

function isKnownCode(code: string, t: Messages): code is ErrorCode {
  return Object.hasOwn(t.errorCodes, code);
}
