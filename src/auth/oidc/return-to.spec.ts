import { DEFAULT_RETURN_TO, safeReturnTo } from './return-to.js';

describe('safeReturnTo', () => {
  it.each(['/programmes', '/', '/pairs/1?month=2027-03#x', '/participants/abc?q=%2F%2Fevil'])('keeps %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    'https://evil.example',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'programmes',
    '/a b',
    '/a\tb',
    '/a\nb',
    'javascript:alert(1)',
    '',
    `/${'a'.repeat(2000)}`,
  ])('replaces %j with the programmes', (value) => {
    expect(safeReturnTo(value)).toBe(DEFAULT_RETURN_TO);
  });

  it('replaces what is not one string', () => {
    for (const value of [undefined, null, 3, ['/a', '/b'], { a: 1 }])
      expect(safeReturnTo(value)).toBe(DEFAULT_RETURN_TO);
  });
});
