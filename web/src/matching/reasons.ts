import { formatters } from '../i18n/format.js';
import type { Language } from '../i18n/languages.js';
import { languageName } from '../participants/iso-languages.js';

/*
 * A pair's score reasons (`breakdown.*.code` + `params`, src/matching/scoring.ts) and the hard rules
 * that block a pair (`blockedBy`) in the reader's language. The API's English `reason` is only the
 * fallback for a code this file does not know yet. Used by the matching page and a mentee's
 * candidates on the participant page.
 */

/** One component of a breakdown as the API gives it; `code` and `params` are loosely typed in the schema. */
export interface ReasonComponent {
  code: unknown;
  params: unknown;
  reason: string;
  score?: number;
  weight?: number;
}

/** Names the reasons refer to by code; without them the code itself is shown. */
export interface ReasonNames {
  /** A municipality's name from its kommunenummer. */
  municipality?(code: string): string | undefined;
  /** The title of an ISCO-08 group (1 to 4 digits) in the reader's language. */
  profession?(code: string): string | undefined;
}

type Params = Record<string, unknown>;

interface Say {
  municipality(code: unknown): string;
  profession(code: unknown): string;
  language(code: unknown): string;
  level(level: unknown): string;
  km(value: unknown): string;
}

type Writers = Record<string, (p: Params, say: Say) => string>;

const via = {
  nb: (p: Params) => (p.via === 'desired' ? ' – yrket menteen ønsker seg' : ''),
  nn: (p: Params) => (p.via === 'desired' ? ' – yrket menteen ønskjer seg' : ''),
  en: (p: Params) => (p.via === 'desired' ? " – the mentee's desired occupation" : ''),
};

const LEVEL_NAMES: Record<Language, Record<string, string>> = {
  nb: { native: 'morsmål' },
  nn: { native: 'morsmål' },
  en: { native: 'native' },
};

const REASONS: Record<Language, Writers> = {
  nb: {
    profession_unit_group: (p, s) => `Samme yrke: ${s.profession(p.group)}${via.nb(p)}`,
    profession_minor_group: (p, s) => `Beslektet yrke, samme undergruppe: ${s.profession(p.group)}${via.nb(p)}`,
    profession_sub_major_group: (p, s) => `Samme hovedgruppe av yrker: ${s.profession(p.group)}${via.nb(p)}`,
    profession_major_group: (p, s) => `Samme yrkesfelt: ${s.profession(p.group)}${via.nb(p)}`,
    profession_none: (p, s) =>
      `Ingen felles yrkesgruppe (mentor: ${s.profession(p.mentorCode)}; mentee: ${s.profession(p.menteeCode)})`,
    language_shared: (p, s) =>
      p.level === 'native'
        ? `Begge har ${s.language(p.language)} som morsmål`
        : `Begge snakker ${s.language(p.language)}, på nivå ${s.level(p.level)} eller bedre`,
    language_none: (p, s) =>
      p.language
        ? `Bare ${s.language(p.language)} felles, på nivå ${s.level(p.level)}: under A2`
        : 'Ingen felles språk',
    location_same_municipality: (p, s) => `Begge bor i ${s.municipality(p.municipality)}`,
    location_distance: (p, s) => `${s.km(p.km)} km mellom ${s.municipality(p.from)} og ${s.municipality(p.to)}`,
    location_too_far: (p, s) =>
      `${s.km(p.km)} km mellom ${s.municipality(p.from)} og ${s.municipality(p.to)}, mer enn programmets grense på ${s.km(p.maxKm)} km`,
  },
  nn: {
    profession_unit_group: (p, s) => `Same yrke: ${s.profession(p.group)}${via.nn(p)}`,
    profession_minor_group: (p, s) => `Nærskyldt yrke, same undergruppe: ${s.profession(p.group)}${via.nn(p)}`,
    profession_sub_major_group: (p, s) => `Same hovudgruppe av yrke: ${s.profession(p.group)}${via.nn(p)}`,
    profession_major_group: (p, s) => `Same yrkesfelt: ${s.profession(p.group)}${via.nn(p)}`,
    profession_none: (p, s) =>
      `Ingen felles yrkesgruppe (mentor: ${s.profession(p.mentorCode)}; mentee: ${s.profession(p.menteeCode)})`,
    language_shared: (p, s) =>
      p.level === 'native'
        ? `Begge har ${s.language(p.language)} som morsmål`
        : `Begge snakkar ${s.language(p.language)}, på nivå ${s.level(p.level)} eller betre`,
    language_none: (p, s) =>
      p.language
        ? `Berre ${s.language(p.language)} felles, på nivå ${s.level(p.level)}: under A2`
        : 'Ikkje noko felles språk',
    location_same_municipality: (p, s) => `Begge bur i ${s.municipality(p.municipality)}`,
    location_distance: (p, s) => `${s.km(p.km)} km mellom ${s.municipality(p.from)} og ${s.municipality(p.to)}`,
    location_too_far: (p, s) =>
      `${s.km(p.km)} km mellom ${s.municipality(p.from)} og ${s.municipality(p.to)}, meir enn grensa til programmet på ${s.km(p.maxKm)} km`,
  },
  en: {
    profession_unit_group: (p, s) => `Same occupation: ${s.profession(p.group)}${via.en(p)}`,
    profession_minor_group: (p, s) => `Related occupation, same minor group: ${s.profession(p.group)}${via.en(p)}`,
    profession_sub_major_group: (p, s) => `Same sub-major group of occupations: ${s.profession(p.group)}${via.en(p)}`,
    profession_major_group: (p, s) => `Same major group of occupations: ${s.profession(p.group)}${via.en(p)}`,
    profession_none: (p, s) =>
      `No occupation group in common (mentor: ${s.profession(p.mentorCode)}; mentee: ${s.profession(p.menteeCode)})`,
    language_shared: (p, s) =>
      p.level === 'native'
        ? `Both speak ${s.language(p.language)} as their mother tongue`
        : `Both speak ${s.language(p.language)} at ${s.level(p.level)} or better`,
    language_none: (p, s) =>
      p.language
        ? `Only ${s.language(p.language)} in common, at ${s.level(p.level)}: below A2`
        : 'No language in common',
    location_same_municipality: (p, s) => `Both live in ${s.municipality(p.municipality)}`,
    location_distance: (p, s) => `${s.km(p.km)} km apart (${s.municipality(p.from)}–${s.municipality(p.to)})`,
    location_too_far: (p, s) =>
      `${s.km(p.km)} km apart (${s.municipality(p.from)}–${s.municipality(p.to)}), beyond the programme's ${s.km(p.maxKm)} km`,
  },
};

/** The hard rules of `blockedBy` (src/matching/scoring.ts HARD_RULES). */
export const BLOCKING_RULES = ['no_common_language', 'too_far', 'gender_mismatch', 'rejected', 'mentor_full'] as const;
export type BlockingRule = (typeof BLOCKING_RULES)[number];

const BLOCKED: Record<Language, Record<BlockingRule, string>> = {
  nb: {
    no_common_language: 'Ingen felles språk på nivå A2 eller bedre',
    too_far: 'Bor for langt fra hverandre: mer enn programmets avstandsgrense',
    gender_mismatch: 'Menteen ønsker en mentor av samme kjønn',
    rejected: 'Paret er avvist før og foreslås ikke igjen',
    mentor_full: 'Mentoren har ingen ledige plasser',
  },
  nn: {
    no_common_language: 'Ikkje noko felles språk på nivå A2 eller betre',
    too_far: 'Bur for langt frå kvarandre: meir enn avstandsgrensa til programmet',
    gender_mismatch: 'Menteen ønskjer ein mentor av same kjønn',
    rejected: 'Paret er avvist før og blir ikkje føreslått igjen',
    mentor_full: 'Mentoren har ingen ledige plassar',
  },
  en: {
    no_common_language: 'No language in common at A2 or better',
    too_far: "They live too far apart: beyond the programme's distance limit",
    gender_mismatch: 'The mentee asks for a mentor of the same gender',
    rejected: 'The pair was rejected before and is not proposed again',
    mentor_full: 'The mentor has no places left',
  },
};

function sayer(language: Language, names: ReasonNames): Say {
  const f = formatters(language);
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '?');
  return {
    municipality: (code) => names.municipality?.(text(code)) ?? text(code),
    profession: (code) => {
      const title = names.profession?.(text(code));
      return title ? `${title} (${text(code)})` : `ISCO-08 ${text(code)}`;
    },
    language: (code) => languageName(text(code), language),
    level: (level) => LEVEL_NAMES[language][text(level)] ?? text(level),
    km: (value) => (typeof value === 'number' ? f.number(value, Number.isInteger(value) ? 0 : 1) : text(value)),
  };
}

/** One score reason in the reader's language; the API's English sentence for a code not known here. */
export function reasonText(component: ReasonComponent, language: Language, names: ReasonNames = {}): string {
  const code = typeof component.code === 'string' ? component.code : '';
  const write = REASONS[language][code];
  if (!write) return component.reason;
  const params = typeof component.params === 'object' && component.params !== null ? (component.params as Params) : {};
  return write(params, sayer(language, names));
}

/** What blocks a pair, in the reader's language. */
export function blockedText(rule: string, language: Language): string {
  return (BLOCKED[language] as Record<string, string | undefined>)[rule] ?? rule;
}

/** The three reasons of a breakdown, in the order the console shows them. */
export const REASON_KEYS = ['profession', 'language', 'location'] as const;

/** Why a proposal run left a mentee without a proposal (`unmatched[].reason` of POST /programmes/:id/proposals). */
export const UNMATCHED_REASONS = [
  'no_common_language',
  'too_far',
  'no_mentor_of_asked_gender',
  'all_candidates_rejected',
  'all_candidates_taken',
] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

const UNMATCHED: Record<Language, Record<UnmatchedReason, string>> = {
  nb: {
    no_common_language: 'Ingen mentor har et felles språk med menteen på nivå A2 eller bedre.',
    too_far: 'Mentorene med et felles språk bor for langt unna.',
    no_mentor_of_asked_gender:
      'Menteen ønsker en mentor av samme kjønn, og ingen av mentorene som ellers passer, er det.',
    all_candidates_rejected: 'Alle mentorene som ellers passer, er avvist for denne menteen.',
    all_candidates_taken: 'Mentorene som passet, ble foreslått for andre mentees. Ingen ledig plass er igjen.',
  },
  nn: {
    no_common_language: 'Ingen mentor har eit felles språk med menteen på nivå A2 eller betre.',
    too_far: 'Mentorane med eit felles språk bur for langt unna.',
    no_mentor_of_asked_gender:
      'Menteen ønskjer ein mentor av same kjønn, og ingen av mentorane som elles passar, er det.',
    all_candidates_rejected: 'Alle mentorane som elles passar, er avviste for denne menteen.',
    all_candidates_taken: 'Mentorane som passa, vart føreslegne for andre mentees. Ingen ledig plass er att.',
  },
  en: {
    no_common_language: 'No mentor shares a language with the mentee at A2 or better.',
    too_far: 'The mentors who share a language live too far away.',
    no_mentor_of_asked_gender:
      'The mentee asked for a mentor of the same gender, and none of the mentors who otherwise fit is.',
    all_candidates_rejected: 'Every mentor who otherwise fits was rejected for this mentee.',
    all_candidates_taken: 'The mentors who fit were proposed to other mentees. No free place is left.',
  },
};

/** Why the run left a mentee out, as a sentence in the reader's language (the code itself for one not known here). */
export function unmatchedText(reason: string, language: Language): string {
  return (UNMATCHED[language] as Record<string, string | undefined>)[reason] ?? reason;
}
