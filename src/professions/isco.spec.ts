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
