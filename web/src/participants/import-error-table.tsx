import { Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from '../ui/api-errors.js';
import { CSV_COLUMNS, type CsvColumn } from './csv-template.js';
import type { ImportRowError } from './participants-api.js';
import './participants.css';
import { TableScroll } from '../ui/table-scroll.js';

function columnIndex(field: string): number {
  const index = (CSV_COLUMNS as readonly string[]).indexOf(field);
  return index === -1 ? CSV_COLUMNS.length : index;
}

/** The refused rows, in file order: row, then column as they stand in the file, so a person can go down the file. */
export function sortImportErrors(errors: readonly ImportRowError[]): ImportRowError[] {
  return [...errors].sort(
    (a, b) =>
      a.row - b.row || columnIndex(a.field) - columnIndex(b.field) || (a.path ?? '').localeCompare(b.path ?? ''),
  );
}

/**
 * The rows an import refused, as a table a person can fix the file from: the row as a spreadsheet
 * numbers it (the header is row 1), the column by its header in the file and its name in the
 * reader's language, and what is wrong, written from the error's code in the reader's language.
 */
export function ImportErrorTable({ errors }: { errors: readonly ImportRowError[] }) {
  const { t, f } = useI18n();
  const m = t.participants.import;
  const sorted = useMemo(() => sortImportErrors(errors), [errors]);
  const rows = useMemo(() => new Set(errors.map((e) => e.row)).size, [errors]);
  return (
    <TableScroll label={m.errorsCaption(f.number(errors.length), f.number(rows))}>
      <Table className="import-errors" border zebra>
        <caption>{m.errorsCaption(f.number(errors.length), f.number(rows))}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{m.row}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.column}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.problem}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((error, index) => {
            const label = (t.participants.fields as Partial<Record<string, string>>)[error.field as CsvColumn];
            return (
              <Table.Row key={`${error.row}-${error.path ?? error.field}-${index}`}>
                <Table.HeaderCell scope="row">{f.number(error.row)}</Table.HeaderCell>
                <Table.Cell>
                  {error.field ? (
                    <>
                      <code>{error.field}</code>
                      {label ? ` (${label})` : null}
                      {error.path && error.path !== error.field ? (
                        <>
                          {' '}
                          – <code>{error.path}</code>
                        </>
                      ) : null}
                    </>
                  ) : (
                    m.wholeRow
                  )}
                </Table.Cell>
                <Table.Cell>{errorText(error.code, error.params ?? {}, error.message, t)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
