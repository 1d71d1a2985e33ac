import { stringify } from 'csv-stringify/sync';
import type { CsvSeparator } from '../stats/dto/stats.dto.js';
import type { AuditEntryResponse } from './dto/audit.dto.js';

const COLUMNS = [
  'id',
  'at',
  'actorId',
  'actorRole',
  'action',
  'subjectType',
  'subjectId',
  'programmeId',
  'municipalityCode',
  'requestId',
] as const;

/**
 * Audit rows as CSV, one a line, the columns named as the JSON's fields; written as the stats CSV
 * is (UTF-8 with a byte-order mark, CRLF, formulas escaped), empty cells for absent values.
 */
export function auditCsv(rows: AuditEntryResponse[], separator: CsvSeparator = 'comma'): string {
  return stringify(
    [
      [...COLUMNS],
      ...rows.map((r) =>
        COLUMNS.map((c) => {
          const value = r[c];
          return value instanceof Date ? value.toISOString() : (value ?? null);
        }),
      ),
    ],
    { bom: true, delimiter: separator === 'semicolon' ? ';' : ',', record_delimiter: 'windows', escape_formulas: true },
  );
}
