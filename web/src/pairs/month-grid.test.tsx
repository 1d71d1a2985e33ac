import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import type { Language } from '../i18n/languages.js';
import { MonthGrid, sortForAttention } from './month-grid.js';
import { monthsOf, type PairRow } from './pairs-queries.js';

const calm = { missedLastMonth: false, missedTwoMonths: false, noMeetingFor30Days: false };

function pair(id: string, mentee: string, overrides: Partial<PairRow> = {}): PairRow {
  return {
    id,
    status: 'approved',
    startsOn: '2027-02-01',
    mentor: { id: `mentor-${id}`, name: `Mentor ${mentee}` },
    mentee: { id: `mentee-${id}`, name: mentee, municipalityCode: '1870' },
    score: 0.8,
    lastMeetingOn: '2027-03-10',
    meetings: 3,
    minutes: 360,
    months: {
      first: '2027-02',
      marks: 'mxr',
      requiredMeetings: [2, 2, 2],
      qualifyingMeetings: [2, 1, 0],
      meetings: [2, 1, 0],
    },
    attention: calm,
    needsAttention: false,
    ...overrides,
  };
}

function renderGrid(pairs: PairRow[], language: Language = 'nb') {
  return render(
    <I18nProvider initial={language}>
      <MemoryRouter>
        <MonthGrid pairs={pairs} caption="Parene" />
      </MemoryRouter>
    </I18nProvider>,
  );
}

/** The pair named in each body row's header, top to bottom. */
function rowOrder(): string[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body)
    .getAllByRole('rowheader')
    .map((th) => within(th).getByRole('link').textContent ?? '');
}

describe('MonthGrid', () => {
  afterEach(cleanup);

  it('is a table with a caption, a column header per month and a row header per pair', () => {
    renderGrid([pair('a', 'Amina')]);
    const table = screen.getByRole('table', { name: 'Parene' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col', 'col']);
    expect(headers.map((h) => h.textContent)).toEqual([
      'Par',
      'feb. 27',
      'mars 27',
      'apr. 27',
      'Møter i alt',
      'Siste møte',
    ]);
    const rowHeader = within(table).getByRole('rowheader');
    expect(rowHeader).toHaveAttribute('scope', 'row');
    expect(within(rowHeader).getByRole('link', { name: 'Mentor Amina og Amina' })).toHaveAttribute('href', '/pairs/a');
  });

  it('gives every mark a symbol and a word, not colour alone', () => {
    renderGrid([pair('a', 'Amina')]);
    const cells = screen.getAllByRole('cell');
    const [met, missed, running] = cells;
    expect(met).toHaveTextContent('✓');
    expect(met).toHaveTextContent('oppfylt');
    expect(missed).toHaveTextContent('✗');
    expect(missed).toHaveTextContent('ikke oppfylt');
    expect(running).toHaveTextContent('…');
    expect(running).toHaveTextContent('pågår');
  });

  it('says each cell in a whole sentence for a screen reader, the visible mark hidden from it', () => {
    renderGrid([pair('a', 'Amina')]);
    const sentence = screen.getByText('mars 2027: 1 av 2 møter – ikke oppfylt');
    const cell = sentence.closest('td');
    expect(cell).not.toBeNull();
    const visible = cell!.querySelector('.month-mark');
    expect(visible).toHaveAttribute('aria-hidden', 'true');
    expect(visible).toHaveTextContent('✗ 1 av 2 ikke oppfylt');
    expect(screen.getByText('februar 2027: 2 av 2 møter – oppfylt')).toBeInTheDocument();
    expect(screen.getByText('april 2027: 0 av 2 møter – pågår')).toBeInTheDocument();
  });

  it('writes a month that requires nothing as not required, and a month outside the pair as not running', () => {
    renderGrid([
      pair('a', 'Amina', {
        months: {
          first: '2027-03',
          marks: 'n',
          requiredMeetings: [0],
          qualifyingMeetings: [0],
          meetings: [0],
        },
      }),
      pair('b', 'Bashir'),
    ]);
    const notRequired = screen.getByText('mars 2027: ingen møter påkrevd – ikke påkrevd').closest('td');
    expect(notRequired?.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^– ikke påkrevd$/);
    expect(screen.getByText('februar 2027: paret var ikke i gang')).toBeInTheDocument();
  });

  it('writes an exempt month as not required for the holiday, and a paused month with its paused days', () => {
    renderGrid([
      pair('a', 'Amina', {
        months: {
          first: '2027-06',
          marks: 'xhr',
          requiredMeetings: [1, 0, 2],
          qualifyingMeetings: [0, 0, 0],
          meetings: [0, 0, 0],
          pausedDays: [12, 0, 0],
        },
      }),
    ]);
    expect(screen.getByText('juni 2027: 0 av 1 møter – ikke oppfylt (12 d pause)')).toBeInTheDocument();
    const holiday = screen.getByText('juli 2027: ingen møter påkrevd – ikke påkrevd (ferie)').closest('td');
    expect(holiday?.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^– ikke påkrevd \(ferie\)$/);
  });

  it('puts pairs that need attention first, two months missed before one, with a tag saying why', () => {
    const pairs = [
      pair('a', 'Amina'),
      pair('b', 'Bashir', {
        attention: { ...calm, noMeetingFor30Days: true },
        needsAttention: true,
      }),
      pair('c', 'Carmen', {
        attention: { ...calm, missedLastMonth: true },
        needsAttention: true,
      }),
      pair('d', 'Dawit'),
      pair('e', 'Elif', {
        attention: { missedLastMonth: true, missedTwoMonths: true, noMeetingFor30Days: true },
        needsAttention: true,
      }),
    ];
    renderGrid(pairs);
    expect(rowOrder()).toEqual([
      'Mentor Elif og Elif',
      'Mentor Carmen og Carmen',
      'Mentor Bashir og Bashir',
      'Mentor Amina og Amina',
      'Mentor Dawit og Dawit',
    ]);
    const elif = screen.getByRole('rowheader', { name: /Elif/ });
    expect(elif).toHaveTextContent('Ikke oppfylt to måneder på rad');
    expect(elif).toHaveTextContent('Ingen møter på 30 dager');
    expect(elif).not.toHaveTextContent('Ikke oppfylt forrige måned');
    expect(screen.getByRole('rowheader', { name: /Carmen/ })).toHaveTextContent('Ikke oppfylt forrige måned');
    expect(screen.getByRole('rowheader', { name: /Amina/ })).not.toHaveTextContent('Ikke oppfylt');
  });

  it('keeps the order it is given within the same standing', () => {
    const sorted = sortForAttention([pair('z', 'Zara'), pair('a', 'Amina'), pair('m', 'Mona')]);
    expect(sorted.map((p) => p.id)).toEqual(['z', 'a', 'm']);
  });

  it('writes the marks in English and nynorsk too', () => {
    const { unmount } = renderGrid([pair('a', 'Amina')], 'en');
    expect(screen.getByText('March 2027: 1 of 2 meetings – missed')).toBeInTheDocument();
    unmount();
    renderGrid([pair('a', 'Amina')], 'nn');
    expect(screen.getByText('mars 2027: 1 av 2 møte – ikkje oppfylt')).toBeInTheDocument();
  });
});

describe('monthsOf', () => {
  it('labels the months from the first on, across a new year, with their counts and marks', () => {
    expect(
      monthsOf({
        first: '2027-11',
        marks: 'mxr',
        requiredMeetings: [1, 2, 2],
        qualifyingMeetings: [1, 0, 1],
        meetings: [2, 1, 1],
        pausedDays: [0, 3, 0],
      }),
    ).toEqual([
      {
        month: '2027-11',
        requiredMeetings: 1,
        qualifyingMeetings: 1,
        meetings: 2,
        mark: 'met',
        exempt: false,
        pausedDays: 0,
      },
      {
        month: '2027-12',
        requiredMeetings: 2,
        qualifyingMeetings: 0,
        meetings: 1,
        mark: 'missed',
        exempt: false,
        pausedDays: 3,
      },
      {
        month: '2028-01',
        requiredMeetings: 2,
        qualifyingMeetings: 1,
        meetings: 1,
        mark: 'running',
        exempt: false,
        pausedDays: 0,
      },
    ]);
  });

  it('reads h as a month not required for the holiday, n as one not required, and no pausedDays as none', () => {
    const months = monthsOf({
      first: '2027-06',
      marks: 'nhx',
      requiredMeetings: [0, 0, 2],
      qualifyingMeetings: [0, 0, 1],
      meetings: [0, 1, 1],
    });
    expect(months.map(({ month, mark, exempt, pausedDays }) => ({ month, mark, exempt, pausedDays }))).toEqual([
      { month: '2027-06', mark: 'not_required', exempt: false, pausedDays: 0 },
      { month: '2027-07', mark: 'not_required', exempt: true, pausedDays: 0 },
      { month: '2027-08', mark: 'missed', exempt: false, pausedDays: 0 },
    ]);
  });

  it('gives no months before the pair begins', () => {
    expect(
      monthsOf({
        first: null,
        marks: '',
        requiredMeetings: [],
        qualifyingMeetings: [],
        meetings: [],
      }),
    ).toEqual([]);
  });
});
