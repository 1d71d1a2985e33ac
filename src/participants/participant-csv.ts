import { parse } from 'csv-parse/sync';
import { detail, type ErrorDetail } from '../common/error-codes.js';
import { InvalidInputError } from '../common/errors.js';
import { CSV_COLUMNS, LANGUAGE_LEVELS, REQUIRED_CSV_COLUMNS } from './participant-fields.js';

export const MAX_IMPORT_ROWS = 5000;

export interface CsvRow {
  /** Row number in the spreadsheet: the header is row 1. */
  row: number;
  /** The row as the JSON body it stands for; cells that cannot be read are left as text for the validator to name. */
  body: Record<string, unknown>;
}

/** A file that cannot be read as participants at all: a 400 for the whole file. */
export class CsvFormatError extends InvalidInputError {
  constructor(reason: ErrorDetail) {
    super([reason]);
  }
}

const BOOLEANS: Record<string, boolean> = {
  true: true,
  yes: true,
  ja: true,
  '1': true,
  false: false,
  no: false,
  nei: false,
  '0': false,
};

/** "ar:native;nb:A2" → [{code: "ar", level: "native"}, {code: "nb", level: "A2"}]; anything else stays text. */
export function parseLanguagesCell(cell: string): unknown {
  const parts = cell
    .split(/[;|]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const skills = parts.map((part) => {
    const match = /^([A-Za-z]{2,3})\s*:\s*([A-Za-z0-9]+)$/.exec(part);
    if (!match) return null;
    const level = LANGUAGE_LEVELS.find((l) => l.toLowerCase() === match[2].toLowerCase()) ?? match[2];
    return { code: match[1].toLowerCase(), level };
  });
  return skills.every((s) => s !== null) ? skills : cell;
}

/** Excel with Norwegian settings writes ";", most other tools ","; the header line tells which. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function cellValue(column: string, cell: string): unknown {
  switch (column) {
    case 'languages':
      return parseLanguagesCell(cell);
    case 'capacity':
    case 'birthYear':
      return /^\d+$/.test(cell) ? Number(cell) : cell;
    case 'wantsSameGender':
      return BOOLEANS[cell.toLowerCase()] ?? cell;
    default:
      return cell;
  }
}

/**
 * Reads the CSV text (comma or semicolon separated, as Excel with Norwegian settings writes it,
 * with or without a byte-order mark) into one JSON-like body per row. Empty cells are absent
 * fields. A wrong header is an error of the whole file.
 */
export function parseParticipantsCsv(text: string): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const twice = names.filter((name, i) => names.indexOf(name) !== i);
        if (twice.length) {
          const columns = [...new Set(twice)];
          throw new CsvFormatError(
            detail(null, 'csv_duplicate_columns', { columns }, `Columns appear more than once: ${columns.join(', ')}`),
          );
        }
        return names;
      },
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvFormatError) throw error;
    throw new CsvFormatError(
      detail(null, 'csv_unreadable', {}, `The CSV could not be read: ${(error as Error).message}`),
    );
  }
  if (records.length === 0) {
    throw new CsvFormatError(detail(null, 'csv_empty', {}, 'The CSV has a header but no rows, or is empty'));
  }
  if (records.length > MAX_IMPORT_ROWS) {
    throw new CsvFormatError(
      detail(
        null,
        'csv_too_many_rows',
        { max: MAX_IMPORT_ROWS },
        `The CSV has more than ${MAX_IMPORT_ROWS} rows; split it`,
      ),
    );
  }
  const columns = Object.keys(records[0].record);
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) {
    const message = `Unknown columns: ${unknown.join(', ')}; the columns are ${CSV_COLUMNS.join(', ')}`;
    throw new CsvFormatError(
      detail(null, 'csv_unknown_columns', { columns: unknown, allowed: [...CSV_COLUMNS] }, message),
    );
  }
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new CsvFormatError(
      detail(null, 'csv_missing_columns', { columns: missing }, `Missing columns: ${missing.join(', ')}`),
    );
  }
  return records.map(({ record, info }) => {
    const body: Record<string, unknown> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (cell !== '') body[column] = cellValue(column, cell);
    }
    return { row: info.lines, body };
  });
}
