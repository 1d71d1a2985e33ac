import { isco } from './isco.js';

describe('the shipped ISCO-08 classification', () => {
  const groups = isco.all();

  it('holds every major, sub-major, minor and unit group', () => {
    const perLevel = [1, 2, 3, 4].map((level) => groups.filter((g) => g.code.length === level).length);
    expect(perLevel).toEqual([10, 43, 130, 436]);
  });

  it('has a parent for every group and a title in English and bokmål', () => {
    for (const group of groups) {
      if (group.code.length > 1) expect(isco.exists(group.code.slice(0, -1))).toBe(true);
      expect(group.titleEn.trim()).not.toBe('');
      expect(group.titleNb.trim()).not.toBe('');
    }
    expect(new Set(groups.map((g) => g.code)).size).toBe(groups.length);
  });

  it('finds a group by code', () => {
    expect(isco.find('722')?.titleEn).toMatch(/^Blacksmiths, toolmakers/);
    expect(isco.find('2221')?.titleNb).toBe('Sykepleiere');
    expect(isco.exists('9999')).toBe(false);
  });
});

describe('searching the classification', () => {
  const codes = (q: string, lang?: 'nb' | 'nn' | 'en', level?: number) =>
    isco.search({ q, lang, level }).map((g) => g.code);

  it('finds nurses by the bokmål word and by the English one, the unit group first', () => {
    for (const lang of ['nb', 'nn', 'en', undefined] as const) {
      expect(codes('sykepleier', lang)[0]).toBe('2221');
      expect(codes('nurse', lang)[0]).toBe('2221');
    }
    expect(codes('Sykepleiere')).toContain('2221');
    expect(codes('nursing professionals', 'en')[0]).toBe('2221');
  });

  it('finds a word by its stem, at the start of a word before inside one', () => {
    expect(codes('lege', 'nb').slice(0, 3)).toEqual(['221', '2212', '2211']);
    expect(codes('lege', 'nb')).toContain('2261'); // Tannleger
    expect(codes('cooks', 'en').slice(0, 2)).toEqual(['512', '5120']);
    expect(codes('elektriker', 'nb')[0]).toBe('7411');
  });

  it('ranks the titles of the asked language first; nynorsk reads bokmål', () => {
    expect(codes('kokk', 'nn')).toEqual(codes('kokk', 'nb'));
    // "nurs" is in an English title of 6113 (nursery growers), not in its bokmål one.
    expect(codes('nurse', 'en')).toContain('6113');
    expect(codes('nurse', 'nb').indexOf('6113')).toBeGreaterThan(codes('nurse', 'nb').indexOf('322'));
  });

  it('takes a code prefix and a level', () => {
    expect(codes('222')).toEqual(['222', '2221', '2222']);
    expect(codes('sykepleier', undefined, 4)).toEqual(['2221', '3221']);
    expect(isco.search({ level: 1 }).map((g) => g.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('answers every group in code order without a query, and none for a word no title holds', () => {
    expect(isco.search()).toHaveLength(isco.all().length);
    expect(codes('   ')).toHaveLength(isco.all().length);
    expect(codes('astronaut')).toEqual([]);
  });
});
