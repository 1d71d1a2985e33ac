import {
  PERSON_NAME_PATTERN,
  hasHiddenCharacters,
  isContactDomain,
  isContactEmail,
  isPersonName,
} from './contact-fields.js';

describe('isContactEmail', () => {
  it.each([
    'ola.nordmann@sortland.kommune.no',
    'kari@example.org',
    'post+tag@example.org',
    "o'brien@example.ie",
    'æøå@bø.no',
    'ørjan@xn--b-5ga.no',
    'x@xn--b-5ga.no',
    'an@bücher.example',
    'user@sub-domain.example.com',
    'a1@b2.no',
  ])('accepts %j', (email) => {
    expect(isContactEmail(email)).toBe(true);
  });

  it.each([
    ['a quoted local part with CR LF and a header', '"x\r\nbcc: y@evil.example"@example.org'],
    ['a quoted local part with a comma', '"a,b"@example.org'],
    ['a quoted local part', '"kari"@example.org'],
    ['a right-to-left override in the domain', 'kari@exam\u202Eple.org'],
    ['a left-to-right mark in the domain', 'kari@example\u200E.org'],
    ['an isolate in the domain', 'kari@\u2067example.org'],
    ['a bidi control in the local part', 'ka\u202Eri@example.org'],
    ['a zero-width space in the domain', 'kari@exa\u200Bmple.org'],
    ['a zero-width joiner in the local part', 'ka\u200Dri@example.org'],
    ['a byte-order mark inside', 'kari\uFEFF@example.org'],
    ['a line feed', 'kari\n@example.org'],
    ['a carriage return', 'kari@example.org\r'],
    ['a C1 control', 'kari\u0085@example.org'],
    ['a tab', 'ka\tri@example.org'],
    ['a display name', 'Kari <kari@example.org>'],
    ['an IP literal', 'kari@[127.0.0.1]'],
    ['a bare IP', 'kari@127.0.0.1'],
    ['no TLD', 'kari@localhost'],
    ['a numeric TLD', 'kari@example.123'],
    ['a leading hyphen in a label', 'kari@-example.org'],
    ['a trailing hyphen in a label', 'kari@example-.org'],
    ['an underscore in the domain', 'kari@ex_ample.org'],
    ['a symbol in a Unicode domain', 'kari@ex✉ample.org'],
    ['a malformed punycode label', 'kari@xn--.org'],
    ['two @', 'kari@x@example.org'],
    ['no local part', '@example.org'],
    ['an empty atom', 'kari..n@example.org'],
    ['a backslash', 'ka\\ri@example.org'],
    ['a symbol in the local part', 'ka✉ri@example.org'],
    ['a line separator', 'kari\u2028@example.org'],
    ['nothing', ''],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.org`],
    ['over 254 characters', `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(62)}.example.no`],
  ])('refuses %s', (_why, email) => {
    expect(isContactEmail(email)).toBe(false);
  });

  it('refuses what is not text', () => {
    for (const value of [undefined, null, 1, {}, ['a@example.org']]) expect(isContactEmail(value)).toBe(false);
  });
});

describe('isContactDomain', () => {
  it('takes Unicode and punycode labels, not a punycode label that hides a forbidden character', () => {
    expect(isContactDomain('bø.no')).toBe(true);
    expect(isContactDomain('xn--b-5ga.no')).toBe(true);
    expect(isContactDomain('example.xn--p1ai')).toBe(true);
    expect(isContactDomain('xn--zzzz-\u202E.no')).toBe(false);
    expect(isContactDomain('no')).toBe(false);
  });
});

describe('isPersonName', () => {
  it.each([
    'Ørjan Åsheim',
    'Nguyễn Văn An',
    'محمد',
    'Kari Nordmann',
    'Jean-Luc O’Neill',
    '李小龍',
    'K',
    'Anne-Marie 2',
  ])('accepts %j', (name) => {
    expect(isPersonName(name)).toBe(true);
    expect(PERSON_NAME_PATTERN.test(name)).toBe(true);
  });

  it.each([
    ['only zero-width characters', '\u200B\u200C\u200D'],
    ['only a word joiner and a BOM', '\u2060\uFEFF'],
    ['a right-to-left override', 'Kari \u202Egninrom'],
    ['a right-to-left mark', 'Kari\u200F'],
    ['an isolate', '\u2066Kari\u2069'],
    ['an Arabic letter mark', 'محمد\u061C'],
    ['a zero-width space inside', 'Ka\u200Bri'],
    ['a line feed', 'Kari\nNordmann'],
    ['a carriage return', 'Kari\r'],
    ['a C1 control', 'Kari\u0085'],
    ['no letter', '12345'],
    ['only punctuation', '-- .'],
    ['only spaces', '   '],
  ])('refuses %s', (_why, name) => {
    expect(isPersonName(name)).toBe(false);
    expect(PERSON_NAME_PATTERN.test(name)).toBe(false);
  });

  it('refuses the empty name and what is not text; the pattern leaves the empty name to @MinLength', () => {
    expect(isPersonName('')).toBe(false);
    expect(isPersonName(undefined)).toBe(false);
    expect(isPersonName(42)).toBe(false);
    expect(PERSON_NAME_PATTERN.test('')).toBe(true);
  });
});

describe('hasHiddenCharacters', () => {
  it('finds control, bidi-control and zero-width characters, and nothing in plain text', () => {
    for (const c of ['\u0000', '\u001F', '\u007F', '\u009F', '\u200E', '\u202A', '\u2069', '\u200B', '\uFEFF']) {
      expect(hasHiddenCharacters(`a${c}b`)).toBe(true);
    }
    expect(hasHiddenCharacters('Ørjan Åsheim æøå@bø.no')).toBe(false);
  });
});
