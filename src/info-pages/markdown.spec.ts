import { renderMarkdown } from './markdown.js';
import { byReadingOrder, directionOf, isLanguageCode, labelLanguageOf, ownName } from './languages.js';

describe('renderMarkdown', () => {
  it('writes Markdown as HTML, headings one level below the page title', () => {
    expect(renderMarkdown('# A\n\n## B\n\n###### F\n\n*x* and **y**')).toBe(
      '<h2>A</h2>\n<h3>B</h3>\n<h6>F</h6>\n<p><em>x</em> and <strong>y</strong></p>',
    );
  });

  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['a script in SVG', '<svg><script>alert(1)</script></svg>'],
    ['an event handler', '<b onmouseover="alert(1)">b</b>'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a javascript: link with a tab inside', '<a href="java\tscript:alert(1)">x</a>'],
    ['a javascript: link written with entities', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
    ['an iframe', '<iframe src="https://example.org" srcdoc="<script>alert(1)</script>"></iframe>'],
    ['an object', '<object data="x.swf"></object><embed src="x.swf">'],
    ['a style element', '<style>* { display: none }</style>'],
    ['a style attribute', '<p style="background:url(javascript:alert(1))">p</p>'],
    ['an image', '<img src="https://tracker.example/p.gif" alt="">'],
    ['a form', '<form action="https://example.org"><input name="x"><button>Send</button></form>'],
    ['a base element', '<base href="https://example.org/">'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org">'],
  ])('removes %s', (_what, markdown) => {
    const html = renderMarkdown(`before\n\n${markdown}\n\nafter`);
    expect(html).toContain('before');
    expect(html).toContain('after');
    for (const forbidden of [
      /<script/i,
      /\bon\w+=/i,
      /javascript:/i,
      /vbscript:/i,
      /data:/i,
      /<iframe/i,
      /<object/i,
      /<embed/i,
      /<style/i,
      /style=/i,
      /<img/i,
      /<form/i,
      /<input/i,
      /<base/i,
      /<meta/i,
      /alert/,
    ]) {
      expect(html).not.toMatch(forbidden);
    }
  });

  it('keeps links to web pages, email and phone', () => {
    expect(renderMarkdown('[a](https://www.imdi.no) [b](mailto:post@sortland.kommune.no) [c](tel:+4776109000)')).toBe(
      '<p><a href="https://www.imdi.no">a</a> <a href="mailto:post@sortland.kommune.no">b</a> <a href="tel:+4776109000">c</a></p>',
    );
  });
});

describe('languages', () => {
  it('writes Arabic, Persian, Urdu, Hebrew, Pashto and Kurdish right to left, and the others left to right', () => {
    for (const code of ['ar', 'fa', 'ur', 'he', 'ps', 'ku']) expect(directionOf(code)).toBe('rtl');
    for (const code of ['nb', 'nn', 'en', 'so', 'ti', 'uk', 'pl']) expect(directionOf(code)).toBe('ltr');
  });

  it('names a language in itself, and takes only ISO 639-1 codes in lower case', () => {
    expect([ownName('nb'), ownName('ar'), ownName('uk')]).toEqual(['Norsk bokmål', 'العربية', 'Українська']);
    expect(['nb', 'ar', 'ti'].every(isLanguageCode)).toBe(true);
    expect(['NB', 'nob', 'xx', 'no-NB', ''].some(isLanguageCode)).toBe(false);
  });

  it('labels in bokmål, nynorsk or English, and lists those three first', () => {
    expect(['nb', 'nn', 'en', 'ar', 'so'].map(labelLanguageOf)).toEqual(['nb', 'nn', 'en', 'en', 'en']);
    expect(['so', 'ar', 'en', 'nn', 'nb'].sort(byReadingOrder)).toEqual(['nb', 'nn', 'en', 'ar', 'so']);
  });
});
