import { ApiFailure } from '../api/client.js';
import type { Messages } from '../i18n/nb.js';
import { errorText, fieldErrors } from './api-errors.js';

/**
 * The API's errors by the full path of the field they name (`rules.weights.profession`), for a
 * form whose fields are nested: `fieldErrors` keys by the top-level field only. The API starts
 * every sentence with the field's full path, so an error lands on the deepest path of `paths`
 * its sentence (or its `field`) names; one naming none of them goes under its top-level field,
 * or `form`. Coded errors are written in the reader's language (`errorText`).
 */
export function pathErrors(error: unknown, t: Messages, paths: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiFailure) || error.status >= 500) return fieldErrors(error, t);
  const byLength = [...paths].sort((a, b) => b.length - a.length);
  const out: Record<string, string> = {};
  const add = (key: string, text: string) => {
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  };
  const place = (field: string | undefined, sentence: string): string => {
    const named = byLength.find(
      (path) => field === path || sentence.startsWith(`${path} `) || sentence.startsWith(`${path}:`),
    );
    if (named) return named;
    const top = field?.split('.')[0];
    return top && top !== 'form' ? top : 'form';
  };
  const { body } = error;
  if (body.errors?.length) {
    for (const item of body.errors) {
      add(place(item.field, item.message), errorText(item.code, item.params ?? {}, item.message, t));
    }
    return out;
  }
  const sentences = Array.isArray(body.message) ? body.message : [body.message];
  for (const sentence of sentences) add(place(undefined, sentence), sentence);
  return out;
}
