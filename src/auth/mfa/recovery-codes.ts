import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const RECOVERY_CODE_COUNT = 10;

/** A new recovery code, written abcde-fghjk: ten characters of 31, about 49 bits. */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A recovery code as typed (any case, with or without its hyphen or a space) in the form it was hashed in. */
export function normalisedRecoveryCode(typed: string): string {
  const bare = typed.toLowerCase().replace(/[\s-]/g, '');
  return `${bare.slice(0, 5)}-${bare.slice(5)}`;
}

/** Six digits: a code of the authenticator app; anything else is taken as a recovery code. */
export function isAppCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}
