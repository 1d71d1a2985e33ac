import { readFileSync } from 'node:fs';

/** An ISCO-08 group (STYRK-08 shares the codes): 1 digit major, 2 sub-major, 3 minor, 4 unit group. */
export interface IscoGroup {
  code: string;
  titleEn: string;
  titleNb: string;
}

const groups: IscoGroup[] = JSON.parse(
  readFileSync(new URL('./data/isco-08.json', import.meta.url), 'utf8'),
) as IscoGroup[];
const byCode = new Map(groups.map((g) => [g.code, g]));

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
  /** Groups of a level (1-4 digits, or any) whose code starts with, or whose titles contain, every word. */
  search(q: string | undefined, level?: number): IscoGroup[] {
    const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return groups
      .filter((g) => level === undefined || g.code.length === level)
      .filter((g) => words.every((w) => g.code.startsWith(w) || `${g.titleEn} ${g.titleNb}`.toLowerCase().includes(w)));
  },
};
