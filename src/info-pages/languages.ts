import ISO6391 from 'iso-639-1';

/**
 * Languages written right to left, among the ISO 639-1 codes: Arabic, Divehi, Persian, Hebrew,
 * Kurdish (Sorani, the Kurdish most newcomers from Iraq and Iran write, is in Arabic script),
 * Pashto, Sindhi, Uyghur, Urdu and Yiddish.
 */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

export type TextDirection = 'ltr' | 'rtl';

export function directionOf(language: string): TextDirection {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** A language's name in itself ("العربية", "Norsk bokmål"), as a reader of it looks for it. */
export function ownName(language: string): string {
  const name = ISO6391.getNativeName(language);
  return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
}

/** Whether the text is an ISO 639-1 code as the API writes them: two lower-case letters that name a language. */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2}$/.test(value) && ISO6391.validate(value);
}

/**
 * The language of a page's own words (its footer, the list of languages): bokmål, nynorsk or
 * English; a page in any other language says them in English.
 */
export type LabelLanguage = 'nb' | 'nn' | 'en';

export function labelLanguageOf(language: string): LabelLanguage {
  return language === 'nb' || language === 'nn' ? language : 'en';
}

/** Languages listed in the order a Norwegian municipality's reader expects: bokmål, nynorsk, English, then by code. */
export function byReadingOrder(a: string, b: string): number {
  const first = ['nb', 'nn', 'en'];
  const rank = (code: string) => (first.includes(code) ? first.indexOf(code) : first.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
