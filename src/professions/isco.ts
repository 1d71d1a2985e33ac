import { readFileSync } from 'node:fs';

/** An ISCO-08 group (STYRK-08 shares the codes): 1 digit major, 2 sub-major, 3 minor, 4 unit group. */
export interface IscoGroup {
  code: string;
  titleEn: string;
  titleNb: string;
}

/** The languages a title is asked in. The classification has no nynorsk titles: nn reads the bokmål ones. */
export const TITLE_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type TitleLanguage = (typeof TITLE_LANGUAGES)[number];

export interface IscoQuery {
  /** Words (each must be found in a title) or a code prefix. */
  q?: string;
  /** Only groups of this level (number of digits). */
  level?: number;
  /** Rank the titles of this language first. */
  lang?: TitleLanguage;
}

const groups: IscoGroup[] = JSON.parse(
  readFileSync(new URL('./data/isco-08.json', import.meta.url), 'utf8'),
) as IscoGroup[];
const byCode = new Map(groups.map((g) => [g.code, g]));

export function titleIn(group: IscoGroup, lang: TitleLanguage): string {
  return lang === 'en' ? group.titleEn : group.titleNb;
}

/*
 * Endings of English and Norwegian nouns and verbs, longest first: "nurse" finds "Nursing",
 * "sykepleier" finds "Sykepleiere", "teacher" finds "Teaching". A stem keeps at least four letters,
 * so short words ("lege", "care") are looked for as they are.
 */
const ENDINGS = ['ing', 'ere', 'ene', 'ers', 'er', 'es', 'en', 'ar', 'e', 's'];
const MIN_STEM = 4;

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

const normalised = (text: string): string => text.normalize('NFC').toLowerCase();
const WORD_START = /(^|[^\p{L}\p{N}])$/u;

/**
 * How well one title holds every word (by its stem): 0 it starts with them, 1 each starts a word, 2
 * each is inside one; null when not all are there. Half a step better when the words are there as
 * written, not only by their stems ("Sykepleiere og ..." before "Sykepleiefaglige ...").
 */
function titleRank(title: string, stems: string[], words: string[]): number | null {
  const text = normalised(title);
  const asWritten = words.every((w) => text.includes(w)) ? 0 : 0.5;
  let rank = 0;
  for (const [i, s] of stems.entries()) {
    const at = text.indexOf(s);
    if (at === -1) return null;
    let wordStart = at;
    while (wordStart !== -1 && !WORD_START.test(text.slice(0, wordStart))) wordStart = text.indexOf(s, wordStart + 1);
    if (wordStart === -1) rank = Math.max(rank, 2);
    else if (!(i === 0 && wordStart === 0)) rank = Math.max(rank, 1);
  }
  return rank + asWritten;
}

/** The shipped ISCO-08 classification; pure data, so matching can use it without Nest. */
export const isco = {
  all(): readonly IscoGroup[] {
    return groups;
  },
  find(code: string): IscoGroup | undefined {
    return byCode.get(code);
  },
  exists(code: string): boolean {
    return byCode.has(code);
  },
  /**
   * Groups of a level (or any) whose code starts with each number of the query and whose titles hold
   * every other word of it, best first: titles that start with the words, then those where each starts a word, then
   * those that hold them inside a word (sykepleier in spesialsykepleiere), each in the asked
   * language before the other; shorter titles (closer matches) first, then by code. Without a
   * query, every group in code order.
   */
  search({ q, level, lang }: IscoQuery = {}): IscoGroup[] {
    const ofLevel = groups.filter((g) => level === undefined || g.code.length === level);
    const words = normalised(q ?? '')
      .split(/[\s,/()]+/)
      .filter(Boolean);
    const prefixes = words.filter((w) => /^\d+$/.test(w));
    const candidates = ofLevel.filter((g) => prefixes.every((p) => g.code.startsWith(p)));
    const textWords = words.filter((w) => !/^\d+$/.test(w));
    const stems = textWords.map(stem);
    if (stems.length === 0) return candidates;
    const first: TitleLanguage[] = lang ? [lang] : ['nb', 'en'];
    const other: TitleLanguage[] = lang === 'en' ? ['nb'] : lang ? ['en'] : [];
    const ranked: { group: IscoGroup; rank: number; length: number }[] = [];
    for (const group of candidates) {
      let best: { rank: number; length: number } | null = null;
      for (const [penalty, languages] of [
        [0, first],
        [3, other],
      ] as const) {
        for (const language of languages) {
          const title = titleIn(group, language);
          const rank = titleRank(title, stems, textWords);
          if (rank === null) continue;
          const candidate = { rank: rank + penalty, length: title.length };
          if (!best || candidate.rank < best.rank || (candidate.rank === best.rank && candidate.length < best.length)) {
            best = candidate;
          }
        }
      }
      // Words found across both languages together still find the group, last.
      if (!best && stems.every((s) => normalised(`${group.titleEn} ${group.titleNb}`).includes(s))) {
        best = { rank: 6, length: group.titleEn.length + group.titleNb.length };
      }
      if (best) ranked.push({ group, ...best });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || a.length - b.length || a.group.code.localeCompare(b.group.code))
      .map((r) => r.group);
  },
};
