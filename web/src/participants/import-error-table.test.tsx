import { renderWith } from './test-support.js';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../i18n/languages.js';
import { ImportErrorTable, sortImportErrors } from './import-error-table.js';
import type { ImportRowError } from './participants-api.js';

afterEach(cleanup);

const ERRORS: ImportRowError[] = [
  {
    row: 7,
    field: 'languages',
    path: 'languages.1.level',
    code: 'must_be_one_of',
    params: { allowed: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] },
    message: 'languages.1.level must be one of A1, A2, B1, B2, C1, C2, native',
  },
  { row: 3, field: 'name', path: 'name', code: 'required', params: {}, message: 'name is required' },
  { row: 12, field: 'email', path: 'email', code: 'not_a_known_code', params: {}, message: 'email is odd' },
  { row: 3, field: 'role', path: 'role', code: 'required', params: {}, message: 'role is required' },
  { row: 10, field: 'municipalityCode', message: 'municipalityCode must be a four-digit kommunenummer' },
];

function renderTable(language: Language = 'nb') {
  render(renderWith(<ImportErrorTable errors={ERRORS} />, language));
  const table = screen.getByRole('table');
  const [head, ...body] = within(table).getAllByRole('row');
  const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
  return { table, head, body, cells };
}

describe('ImportErrorTable', () => {
  it('lists the errors by row, and within a row by the columns in file order', () => {
    const { body, cells } = renderTable();
    expect(body.map((row) => cells(row)[0])).toEqual(['3', '3', '7', '10', '12']);
    // Row 3: role comes before name in the file.
    expect(cells(body[0])[1]).toContain('role');
    expect(cells(body[1])[1]).toContain('name');
    expect(sortImportErrors(ERRORS).map((e) => `${e.row}:${e.field}`)).toEqual([
      '3:role',
      '3:name',
      '7:languages',
      '10:municipalityCode',
      '12:email',
    ]);
  });

  it('has a caption and a header for row, column and what is wrong; each row is headed by its number', () => {
    const { table, head } = renderTable();
    expect(table).toHaveAccessibleName('Feil i filen: 5 feil i 4 rader');
    expect(
      within(head)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Rad', 'Kolonne', 'Hva er feil']);
    expect(within(table).getByRole('rowheader', { name: '7' })).toBeInTheDocument();
  });

  it('names the column as the file has it, with its name in the reader language and the item within it', () => {
    const { body, cells } = renderTable();
    expect(cells(body[3])[1]).toBe('municipalityCode (Kommune)');
    expect(cells(body[2])[1]).toBe('languages (Språk og nivå) – languages.1.level');
  });

  it('writes what is wrong from the code in the chosen language', () => {
    const nb = renderTable('nb');
    expect(nb.cells(nb.body[0])[2]).toBe('Må fylles ut.');
    cleanup();
    const en = renderTable('en');
    expect(en.cells(en.body[0])[2]).toBe('Required.');
    expect(en.cells(en.body[0])[1]).toBe('role (Role)');
    cleanup();
    const nn = renderTable('nn');
    expect(nn.cells(nn.body[1])[2]).toBe('Må fyllast ut.');
  });

  it("falls back to the API's own sentence for a code the console does not know, or no code at all", () => {
    const { body, cells } = renderTable('nb');
    expect(cells(body[4])[2]).toBe('email is odd');
    expect(cells(body[3])[2]).toBe('municipalityCode must be a four-digit kommunenummer');
  });
});
