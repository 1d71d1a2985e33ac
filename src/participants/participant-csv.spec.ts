import { CsvFormatError, MAX_IMPORT_ROWS, parseLanguagesCell, parseParticipantsCsv } from './participant-csv.js';

const header = 'role,name,email,municipalityCode,preferredLanguage,languages,professionCode';

describe('parseParticipantsCsv', () => {
  it('reads rows into bodies, numbering rows as a spreadsheet does', () => {
    const rows = parseParticipantsCsv(
      `${header},capacity,wantsSameGender\nmentor,Kari,kari@example.org,1870,nb,nb:native;en:B2,2221,2,\n`,
    );
    expect(rows).toEqual([
      {
        row: 2,
        body: {
          role: 'mentor',
          name: 'Kari',
          email: 'kari@example.org',
          municipalityCode: '1870',
          preferredLanguage: 'nb',
          languages: [
            { code: 'nb', level: 'native' },
            { code: 'en', level: 'B2' },
          ],
          professionCode: '2221',
          capacity: 2,
        },
      },
    ]);
  });

  it('reads semicolon-separated files with a byte-order mark, as Excel saves them in Norway', () => {
    const csv = `\uFEFF${header.replaceAll(',', ';')}\r\nmentee;Amina;amina@example.org;1866;en;"ar:native;en:B1";5321\r\n`;
    const [row] = parseParticipantsCsv(csv);
    expect(row.body.role).toBe('mentee');
    expect(row.body.languages).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B1' },
    ]);
  });

  it('leaves cells it cannot read as text, for the validator to name', () => {
    const [row] = parseParticipantsCsv(
      `${header},capacity,wantsSameGender\nmentor,K,k@example.org,1870,nb,norsk,2221,two,maybe\n`,
    );
    expect(row.body).toMatchObject({ languages: 'norsk', capacity: 'two', wantsSameGender: 'maybe' });
  });

  it('reads yes/no in English and Norwegian', () => {
    const rows = parseParticipantsCsv(
      `${header},gender,wantsSameGender\nmentee,A,a@example.org,1870,en,en:B1,5321,female,ja\nmentee,B,b@example.org,1870,en,en:B1,5321,male,No\n`,
    );
    expect(rows.map((r) => r.body.wantsSameGender)).toEqual([true, false]);
  });

  it('refuses unknown and missing columns for the whole file', () => {
    expect(() => parseParticipantsCsv(`${header},religion\nmentee,A,a@example.org,1870,en,en:B1,5321,x\n`)).toThrow(
      /Unknown columns: religion/,
    );
    expect(() => parseParticipantsCsv('role,name\nmentee,A\n')).toThrow(/Missing columns: email/);
  });

  it('refuses an empty file and one of too many rows', () => {
    expect(() => parseParticipantsCsv('')).toThrow(CsvFormatError);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `mentee,A,a${i}@example.org,1870,en,en:B1,5321`);
    expect(() => parseParticipantsCsv(`${header}\n${many.join('\n')}`)).toThrow(/more than/);
  });

  it('refuses a file that is not CSV', () => {
    expect(() => parseParticipantsCsv(`${header}\nmentee,"unterminated\n`)).toThrow(CsvFormatError);
  });
});

describe('parseLanguagesCell', () => {
  it('accepts any case and spaces', () => {
    expect(parseLanguagesCell(' AR : Native | nb:a2 ')).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'A2' },
    ]);
  });
});
