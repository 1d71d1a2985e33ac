/** The console's languages; a user's preferredLanguage is one of them. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The locale Intl formats with: Norwegian dates and numbers in Norwegian. */
export const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
