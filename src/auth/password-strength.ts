import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { detail } from '../common/error-codes.js';
import { InvalidInputError } from '../common/errors.js';

/**
 * zxcvbn's estimate (0–4) a new password must reach: 3, "safely unguessable" against an online
 * attack. It refuses the common passwords of its offline dictionaries (password1234, qwertyuiop12,
 * iloveyou1234), keyboard walks, repeats and sequences, however long.
 */
export const MIN_PASSWORD_SCORE = 3;

const estimator = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/** Whether a password is too easy to guess; `userInputs` (the person's email, name) count as known words. */
export function tooGuessable(password: string, userInputs: string[] = []): boolean {
  // Each input whole and word by word: "kari.nordmann@sortland.kommune.no" also gives kari, nordmann, sortland …
  const known = userInputs
    .flatMap((input) => [input.toLowerCase(), ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((word) => word.length > 0);
  return estimator.check(password, known).score < MIN_PASSWORD_SCORE;
}

/** Refuses a new password that is too easy to guess, naming `field`, before anything is changed. */
export function assertStrongPassword(field: string, password: string, userInputs: string[] = []): void {
  if (tooGuessable(password, userInputs)) {
    throw new InvalidInputError([
      detail(field, 'password_too_common', {}, `${field} is too easy to guess: use a longer phrase of unusual words`),
    ]);
  }
}
