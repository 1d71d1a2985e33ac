import { createTestApp, snapshot, type TestApp } from './support/app.js';

/**
 * Information pages per municipality and language: edited as Markdown by the municipality's
 * people, public as sanitised HTML with the page's language and direction, each listing the others.
 */
let t: TestApp;
let admin: { token: string };
let lead: { token: string };
let sortland: { id: string; token: string };
let bodo: { token: string };

beforeAll(async () => {
  t = await createTestApp();
  t.setNow('2027-03-10T11:00:00Z');
  [admin, lead, sortland, bodo] = await Promise.all([
    t.user('admin'),
    t.user('lead'),
    t.user('coordinator', ['1870']),
    t.user('coordinator', ['1804']),
  ]);
});
afterAll(() => t.close());

const save = (code: string, language: string, body: object, token = sortland.token) =>
  t.http.put(`/api/v1/municipalities/${code}/info/${language}`).set(t.auth(token)).send(body);

/** The public page, no login. */
const publicPage = (path: string) => t.http.get(`/api/v1/info/${path}`);

/** The opening tag of the html element. */
function htmlTag(html: string): string {
  return /<html[^>]*>/.exec(html)?.[0] ?? '';
}

/** The HTML inside the page's main landmark. */
function mainOf(html: string): string {
  return /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
}

describe('the starting pages', () => {
  it('every municipality starts with bokmål and English pages on the rights and duties of each residence basis', async () => {
    const list = await t.http.get('/api/v1/municipalities/1866/info').set(t.auth(lead.token));
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({ language: 'nb', languageName: 'Norsk bokmål', dir: 'ltr', startingText: true }),
      expect.objectContaining({ language: 'en', languageName: 'English', dir: 'ltr', startingText: true }),
    ]);

    const nb = await publicPage('1866/nb');
    expect(nb.status).toBe(200);
    expect(nb.headers['content-type']).toBe('text/html; charset=utf-8');
    const nbMain = mainOf(nb.text);
    for (const words of ['introduksjonsprogrammet', 'flyktningkonsulent', 'gratis', 'permanent oppholdstillatelse']) {
      expect(nbMain).toContain(words);
    }
    expect(nbMain).toMatch(/ikke juridisk rådgivning/);
    expect(nbMain).toMatch(/EØS-borgere[\s\S]*verken rett eller plikt/);

    const en = await publicPage('1866/en');
    expect(en.status).toBe(200);
    const enMain = mainOf(en.text);
    for (const words of ['introduction programme', 'refugee consultant', 'free of charge', 'permanent residence']) {
      expect(enMain).toContain(words);
    }
    expect(enMain).toMatch(/not legal advice/);
    expect(enMain).toMatch(/EEA citizens[\s\S]*neither a right nor a duty/);
    // Published by the municipality, on the day the starting text was written.
    expect(en.text).toMatch(
      /Published by Hadsel municipality\. Last updated <time datetime="2026-12-03">3 December 2026<\/time>/,
    );
    expect(nb.text).toMatch(
      /Publisert av Hadsel kommune\. Sist oppdatert <time datetime="2026-12-03">3\. desember 2026<\/time>/,
    );
  });

  it('saving a starting page makes it the municipality’s own', async () => {
    const res = await save('1870', 'en', {
      title: 'Rights and duties in Sortland',
      body: 'Checked by the coordinator.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      language: 'en',
      title: 'Rights and duties in Sortland',
      body: 'Checked by the coordinator.',
      startingText: false,
      updatedAt: '2027-03-10T11:00:00.000Z',
      publicPath: '/api/v1/info/1870/en',
    });
    const [row] = await t.db.query<{ updated_by: string }[]>(
      `SELECT updated_by FROM info_pages WHERE municipality_code = '1870' AND language = 'en'`,
    );
    expect(row.updated_by).toBe(sortland.id);
    const page = await publicPage('1870/en');
    expect(mainOf(page.text)).toContain('<p>Checked by the coordinator.</p>');
    expect(page.text).toContain('<time datetime="2027-03-10">10 March 2027</time>');
    // The other municipalities keep their starting text.
    expect(mainOf((await publicPage('1866/en')).text)).toContain('introduction programme');
  });
});

describe('Markdown in, sanitised HTML out', () => {
  it('renders Markdown, with the title as the one h1 and the body’s headings below it', async () => {
    const body =
      '# Norskopplæring\n\nDu har **rett** og _plikt_.\n\n## Kurs\n\n- Dag\n- Kveld\n\n[IMDi](https://www.imdi.no)';
    expect((await save('1870', 'nb', { title: 'Opplæring', body })).status).toBe(200);
    const html = mainOf((await publicPage('1870/nb')).text);
    expect(html).toContain('<h1>Opplæring</h1>');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h2>Norskopplæring</h2>');
    expect(html).toContain('<h3>Kurs</h3>');
    expect(html).toContain('<strong>rett</strong>');
    expect(html).toContain('<em>plikt</em>');
    expect(html).toMatch(/<ul>\s*<li>Dag<\/li>\s*<li>Kveld<\/li>\s*<\/ul>/);
    expect(html).toContain('<a href="https://www.imdi.no">IMDi</a>');
  });

  it('strips scripts, event handlers, javascript: links, iframes and styles', async () => {
    const body = [
      'Før',
      '<script>alert("script")</script>',
      '<img src="x" onerror="alert(1)">',
      '<p onclick="alert(2)">Klikk</p>',
      '[lenke](javascript:alert(3))',
      '<a href="javascript:alert(4)">rå lenke</a>',
      '<a href="JaVaScRiPt:alert(5)">blandet</a>',
      '<iframe src="https://example.org"></iframe>',
      '<style>body { display: none }</style>',
      '<p style="color: red">Farge</p>',
      '<svg><script>alert(6)</script></svg>',
      'Etter',
    ].join('\n\n');
    const saved = await save('1870', 'nb', { title: 'Farlig', body });
    expect(saved.status).toBe(200);
    // The Markdown is kept as written; only the HTML is cleaned.
    expect(saved.body.body).toBe(body);
    const page = await publicPage('1870/nb');
    const html = mainOf(page.text);
    expect(html).toContain('Før');
    expect(html).toContain('Etter');
    expect(html).toContain('Klikk');
    expect(html).toContain('rå lenke');
    for (const forbidden of [
      /<script/i,
      /onerror/i,
      /onclick/i,
      /\bon\w+=/i,
      /javascript:/i,
      /<iframe/i,
      /<style/i,
      /style=/i,
      /alert/,
      /<img/i,
      /<svg/i,
    ]) {
      expect(html).not.toMatch(forbidden);
    }
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain('script-src');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('the preview renders as the public page would and stores nothing', async () => {
    const before = await snapshot(t.db);
    const res = await t.http
      .post('/api/v1/municipalities/1870/info/preview')
      .set(t.auth(sortland.token))
      .send({ body: '## Hei\n\n<script>x()</script><b onmouseover="x()">fet</b>' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ html: '<h3>Hei</h3>\n<b>fet</b>' });
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('language and direction', () => {
  it('sets lang and dir: ltr for bokmål and English, rtl for Arabic, whose labels fall back to English', async () => {
    expect((await save('1870', 'ar', { title: 'الحقوق والواجبات', body: 'مرحبا بكم في سورتلاند.' })).status).toBe(200);
    expect(htmlTag((await publicPage('1870/nb')).text)).toBe('<html lang="nb" dir="ltr">');
    expect(htmlTag((await publicPage('1870/en')).text)).toBe('<html lang="en" dir="ltr">');
    const ar = await publicPage('1870/ar');
    expect(ar.status).toBe(200);
    expect(htmlTag(ar.text)).toBe('<html lang="ar" dir="rtl">');
    expect(ar.text).toContain('<h1>الحقوق والواجبات</h1>');
    // The footer and the language list are in English, and say so.
    expect(ar.text).toMatch(
      /<footer lang="en" dir="ltr">\s*<p>Published by Sortland municipality\. Last updated <time datetime="2027-03-10">10 March 2027<\/time>/,
    );
    expect(ar.text).toMatch(/<nav aria-labelledby="other-languages" lang="en" dir="ltr">/);
    expect(ar.text).toContain('<header class="site" lang="en" dir="ltr"><p>Sortland municipality</p></header>');
    // Persian and Urdu are right to left too; Somali is not.
    for (const [language, dir] of [
      ['fa', 'rtl'],
      ['ur', 'rtl'],
      ['so', 'ltr'],
    ]) {
      expect((await save('1870', language, { title: 'Tittel', body: 'Tekst' })).status).toBe(200);
      expect(htmlTag((await publicPage(`1870/${language}`)).text)).toBe(`<html lang="${language}" dir="${dir}">`);
    }
  });

  it('each page lists the other languages it exists in, named in their own language', async () => {
    await save('1871', 'ar', { title: 'معلومات', body: 'نص' }, admin.token);
    const nb = await publicPage('1871/nb');
    const nav = /<nav[\s\S]*<\/nav>/.exec(nb.text)?.[0] ?? '';
    expect(nav).toContain('Denne siden på andre språk');
    expect(nav).toContain('<a href="/api/v1/info/1871/en" hreflang="en" lang="en" dir="ltr">English</a>');
    expect(nav).toContain('<a href="/api/v1/info/1871/ar" hreflang="ar" lang="ar" dir="rtl">العربية</a>');
    expect(nav).not.toContain('hreflang="nb"');
    expect(nav).toContain('<a href="/api/v1/info/1871">Alle språk</a>');
    const ar = await publicPage('1871/ar');
    const arNav = /<nav[\s\S]*<\/nav>/.exec(ar.text)?.[0] ?? '';
    expect(arNav).toContain('hreflang="nb" lang="nb" dir="ltr">Norsk bokmål</a>');
    expect(arNav).toContain('hreflang="en" lang="en" dir="ltr">English</a>');
    expect(arNav).not.toContain('hreflang="ar"');
  });

  it('the municipality’s page lists every language, in the visitor’s language of nb, nn and en', async () => {
    const en = await publicPage('1871').set('Accept-Language', 'en-GB,en;q=0.9');
    expect(en.status).toBe(200);
    expect(htmlTag(en.text)).toBe('<html lang="en" dir="ltr">');
    expect(en.text).toContain('<h1>Information for new residents</h1>');
    const links = [
      ...en.text.matchAll(/<li lang="(\w+)" dir="(\w+)"><a href="([^"]+)" hreflang="\w+">([^<]+)<\/a>/g),
    ].map((m) => m.slice(1));
    expect(links).toEqual([
      ['nb', 'ltr', '/api/v1/info/1871/nb', 'Norsk bokmål'],
      ['en', 'ltr', '/api/v1/info/1871/en', 'English'],
      ['ar', 'rtl', '/api/v1/info/1871/ar', 'العربية'],
    ]);
    const nn = await publicPage('1871').set('Accept-Language', 'nn');
    expect(htmlTag(nn.text)).toBe('<html lang="nn" dir="ltr">');
    expect(nn.text).toContain('Informasjon til nye innbyggjarar');
  });
});

describe('public, and nothing more', () => {
  it('needs no login, and answers pages that do not exist with a 404 page', async () => {
    expect((await publicPage('1870/nb')).status).toBe(200);
    for (const path of ['1870/de', '9999/nb', '1870/xx', '18700/nb', 'abcd/nb', '9999', 'abcd']) {
      const res = await publicPage(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text.match(/<h1>/g)).toHaveLength(1);
    }
    expect((await publicPage('1870/de')).text).toContain('href="/api/v1/info/1870"');
  });

  it('the console’s endpoints need a login', async () => {
    expect((await t.http.get('/api/v1/municipalities/1870/info')).status).toBe(401);
    expect((await t.http.put('/api/v1/municipalities/1870/info/nb').send({ title: 'x', body: 'y' })).status).toBe(401);
  });
});

describe('edits only by the municipality’s people', () => {
  it('admins, leads and the municipality’s coordinators write; a coordinator elsewhere gets 404 and changes nothing', async () => {
    expect((await save('1867', 'nb', { title: 'Bø', body: 'Admin' }, admin.token)).status).toBe(200);
    expect((await save('1867', 'nb', { title: 'Bø', body: 'Lead' }, lead.token)).status).toBe(200);
    const before = await snapshot(t.db);
    for (const res of [
      await save('1870', 'nb', { title: 'Overtatt', body: 'Fra Bodø' }, bodo.token),
      await t.http.get('/api/v1/municipalities/1870/info').set(t.auth(bodo.token)),
      await t.http.get('/api/v1/municipalities/1870/info/nb').set(t.auth(bodo.token)),
      await t.http.post('/api/v1/municipalities/1870/info/preview').set(t.auth(bodo.token)).send({ body: 'x' }),
      await save('1867', 'nb', { title: 'Bø', body: 'Sortland' }, sortland.token),
    ]) {
      expect({ status: res.status, body: res.body as unknown }).toMatchObject({
        status: 404,
        body: { errors: [{ code: 'not_found', params: { resource: 'municipality' } }] },
      });
    }
    expect(await snapshot(t.db)).toBe(before);
    // Their own municipality is theirs.
    expect((await save('1804', 'nb', { title: 'Bodø', body: 'Velkommen' }, bodo.token)).status).toBe(200);
  });

  it('an unknown municipality is a 404 for everyone, and a page never written a 404', async () => {
    expect((await save('9999', 'nb', { title: 'x', body: 'y' }, admin.token)).status).toBe(404);
    const missing = await t.http.get('/api/v1/municipalities/1870/info/de').set(t.auth(sortland.token));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ errors: [{ code: 'not_found', params: { resource: 'info page' } }] });
  });
});

describe('bad input', () => {
  const cases: { title: string; path?: string; body: unknown; field: string; code: string }[] = [
    { title: 'no title', body: { body: 'Tekst' }, field: 'title', code: 'required' },
    { title: 'an empty title', body: { title: '   ', body: 'Tekst' }, field: 'title', code: 'too_short' },
    { title: 'a title too long', body: { title: 'x'.repeat(201), body: 'Tekst' }, field: 'title', code: 'too_long' },
    { title: 'a title that is no text', body: { title: 7, body: 'Tekst' }, field: 'title', code: 'must_be_string' },
    { title: 'no body', body: { title: 'Tittel' }, field: 'body', code: 'required' },
    { title: 'an empty body', body: { title: 'Tittel', body: '' }, field: 'body', code: 'too_short' },
    { title: 'a body too long', body: { title: 'Tittel', body: 'x'.repeat(50_001) }, field: 'body', code: 'too_long' },
    { title: 'a body that is a list', body: { title: 'Tittel', body: ['x'] }, field: 'body', code: 'must_be_string' },
    {
      title: 'an unknown field',
      body: { title: 'Tittel', body: 'x', html: '<b>' },
      field: 'html',
      code: 'not_whitelisted',
    },
    {
      title: 'a NUL in the body',
      body: { title: 'Tittel', body: 'a\u0000b' },
      field: 'body',
      code: 'must_not_contain_nul',
    },
    {
      title: 'a language that is no ISO 639-1 code',
      path: '1870/info/xx',
      body: { title: 'T', body: 'x' },
      field: 'language',
      code: 'must_be_language_code',
    },
    {
      title: 'a language in capitals',
      path: '1870/info/NB',
      body: { title: 'T', body: 'x' },
      field: 'language',
      code: 'must_be_language_code',
    },
    {
      title: 'a three-letter language',
      path: '1870/info/nob',
      body: { title: 'T', body: 'x' },
      field: 'language',
      code: 'must_be_language_code',
    },
    {
      title: 'a municipality that is no number',
      path: 'sortland/info/nb',
      body: { title: 'T', body: 'x' },
      field: 'code',
      code: 'must_be_municipality_code',
    },
  ];

  it.each(cases)('$title is a 400 naming $field and changes nothing', async ({ path, body, field, code }) => {
    const before = await snapshot(t.db);
    const res = await t.http
      .put(`/api/v1/municipalities/${path ?? '1870/info/nb'}`)
      .set(t.auth(sortland.token))
      .send(body as object);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(await snapshot(t.db)).toBe(before);
  });

  it('a preview too long is a 400 naming body', async () => {
    const res = await t.http
      .post('/api/v1/municipalities/1870/info/preview')
      .set(t.auth(sortland.token))
      .send({ body: 'x'.repeat(50_001) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'too_long' })]);
  });
});
