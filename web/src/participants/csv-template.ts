import type { Language } from '../i18n/languages.js';

// The columns come from the service's own list, so the template and the import cannot drift apart.
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn } from '../../../src/participants/participant-fields.js';

export { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn };

/** Excel with Norwegian settings reads and writes ";"; the service takes ";" or ",". */
export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';

function cell(value: string): string {
  return /[";\r\n,]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One line of the file, cells in the order of CSV_COLUMNS. */
function line(values: Partial<Record<CsvColumn, string>>): string {
  return CSV_COLUMNS.map((column) => cell(values[column] ?? '')).join(CSV_DELIMITER);
}

/**
 * The template: the header row and one example row per role, UTF-8 with a byte-order mark (so
 * Excel reads æ, ø and å) and ";" between cells. The example rows live in one of the programme's
 * municipalities, so the file imports as it is; a person replaces them with their own.
 */
export function templateCsv(municipalityCode: string, language: Language): string {
  const yes = language === 'en' ? 'yes' : 'ja';
  const rows = [
    CSV_COLUMNS.join(CSV_DELIMITER),
    line({
      role: 'mentor',
      name: 'Kari Nordmann',
      email: 'kari.nordmann@example.org',
      phone: '+47 912 34 567',
      municipalityCode,
      preferredLanguage: 'nb',
      languages: 'nb:native;en:C1',
      professionCode: '2221',
      capacity: '2',
      gender: 'female',
    }),
    line({
      role: 'mentee',
      name: 'Amina Hassan',
      email: 'amina.hassan@example.org',
      phone: '+47 987 65 432',
      municipalityCode,
      preferredLanguage: 'en',
      languages: 'ar:native;en:B2;nb:A2',
      professionCode: '2221',
      desiredProfessionCode: '3221',
      category: 'refugee',
      gender: 'female',
      wantsSameGender: yes,
      employmentStatusAtStart: 'introduction_programme',
    }),
  ];
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/** Rows of a CSV text besides the header, to say how many an import carries (quoted line breaks aside). */
export function countCsvRows(text: string): number {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return Math.max(0, lines.length - 1);
}

/** Hands the browser a file to save. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
