import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { StatsOverviewPage, filterFromParams } from './overview-page.js';

configure({ asyncUtilTimeout: 5000 });

const mocks = vi.hoisted(() => {
  const summary = (id: string, name: string, rates: [number | null, number | null, number | null]) => ({
    programmeId: id,
    name,
    startDate: '2027-01-18',
    endDate: '2027-09-17',
    asOf: '2027-03-15',
    municipalityCodes: ['1870'],
    participants: { mentors: 3, mentees: 4, byCategory: {}, byMunicipality: {} },
    matches: { proposed: 1, approved: 2, rejected: 0, completed: 1, ended: 1 },
    meetings: { count: 0, minutes: 0 },
    compliance: [],
    gatherings: [],
    completionRate: rates[0],
    complianceRate: rates[1],
    attendanceRate: rates[2],
    employment: {},
  });
  const figures = (registered: number, evening: number, programme: number, guidance: number) => ({
    registered,
    reachedByEvening: evening,
    inMentorProgramme: programme,
    careerGuidanceDone: guidance,
  });
  const categories = (labourSpouse: ReturnType<typeof figures>, refugee: ReturnType<typeof figures>) =>
    ['refugee', 'family', 'labour_eea', 'labour_non_eea', 'labour_spouse', 'other'].map((category) => ({
      category,
      ...(category === 'labour_spouse' ? labourSpouse : category === 'refugee' ? refugee : figures(0, 0, 0, 0)),
    }));
  const reach = {
    from: '2027-01-01',
    to: null,
    municipalities: [
      {
        municipalityCode: '1866',
        name: 'Hadsel',
        byCategory: categories(figures(0, 0, 0, 0), figures(1, 0, 0, 1)),
        total: figures(1, 0, 0, 1),
      },
      {
        municipalityCode: '1870',
        name: 'Sortland',
        byCategory: categories(figures(2, 1, 1, 0), figures(0, 0, 0, 0)),
        total: figures(2, 1, 1, 0),
      },
    ],
    byCategory: categories(figures(2, 1, 1, 0), figures(1, 0, 0, 1)),
    total: figures(3, 1, 1, 1),
  };
  return {
    get: vi.fn((path: string, _options?: unknown) =>
      Promise.resolve({
        data:
          path === '/api/v1/reach'
            ? reach
            : [
                summary('p1', 'Vesterålen 2027', [0.25, 0.8125, 0.9]),
                summary('p2', 'Lofoten 2027', [null, null, null]),
              ],
      }),
    ),
  };
});

vi.mock('../api/client.js', () => ({
  ApiFailure: class extends Error {},
  api: { GET: mocks.get },
  unwrap: (result: { data: unknown }) => result.data,
}));

vi.mock('../api/queries.js', () => ({
  useMunicipalities: () => ({
    data: new Map([
      ['1870', { code: '1870', name: 'Sortland' }],
      ['1866', { code: '1866', name: 'Hadsel' }],
    ]),
  }),
}));

function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

function renderPage(search = '') {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider initial="nb">
        <MemoryRouter initialEntries={[`/stats${search}`]}>
          <Routes>
            <Route
              path="/stats"
              element={
                <>
                  <StatsOverviewPage />
                  <Where />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('StatsOverviewPage', { timeout: 20_000 }, () => {
  beforeAll(() => {
    if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });
  });
  afterEach(cleanup);
  beforeEach(() => {
    mocks.get.mockClear();
  });

  it('puts every programme side by side with its rates, a dash read in words where there is none', async () => {
    renderPage('?from=2027-01-01&municipality=1870');
    const table = await screen.findByRole('table', { name: 'Programmene side om side' });
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/stats', {
      params: { query: { from: '2027-01-01', municipalityCode: '1870' } },
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
    expect(rows).toEqual([
      ['Vesterålen 2027', '18. januar 2027 – 17. september 2027', '4', '4', '25 %', '81 %', '90 %'],
      [
        'Lofoten 2027',
        '18. januar 2027 – 17. september 2027',
        '4',
        '4',
        '–ingen tall ennå',
        '–ingen tall ennå',
        '–ingen tall ennå',
      ],
    ]);
    expect(within(table).getByRole('link', { name: 'Vesterålen 2027' })).toHaveAttribute(
      'href',
      '/programmes/p1/stats',
    );
    expect(screen.getByLabelText('Fra og med')).toHaveValue('2027-01-01');
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toHaveValue('1870');
  });

  it('shows the newcomers the municipalities reach beside the programmes, by residence basis and municipality', async () => {
    renderPage('?from=2027-01-01');
    const byCategory = await screen.findByRole('table', { name: 'Rekkevidde etter oppholdsgrunnlag, alle kommunene' });
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/reach', { params: { query: { from: '2027-01-01' } } });
    const cells = (table: HTMLElement) =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(cells(byCategory)).toEqual([
      ['Flyktning', '1', '0', '0', '1'],
      ['Familieinnvandring', '0', '0', '0', '0'],
      ['Arbeidsinnvandring fra EØS', '0', '0', '0', '0'],
      ['Arbeidsinnvandring fra land utenfor EØS', '0', '0', '0', '0'],
      ['Familie av arbeidsinnvandrer', '2', '1', '1', '0'],
      ['Annet', '0', '0', '0', '0'],
      ['Alle', '3', '1', '1', '1'],
    ]);
    const byMunicipality = screen.getByRole('table', { name: 'Rekkevidde etter kommune' });
    expect(cells(byMunicipality)).toEqual([
      ['Hadsel', '1', '0', '0', '1'],
      ['Sortland', '2', '1', '1', '0'],
    ]);
    expect(within(byMunicipality).getByRole('link', { name: 'Sortland' })).toHaveAttribute(
      'href',
      '/municipalities/1870/reach',
    );
    // The chart draws the registered newcomers (its figures are the table's, for screen readers).
    expect(document.querySelector('[data-chart="Registrerte nykommere etter oppholdsgrunnlag"]')).not.toBeNull();
  });

  it('keeps the filter in the URL, and refuses an end before the start', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('table', { name: 'Programmene side om side' });
    await user.type(screen.getByLabelText('Fra og med'), '2027-05-01');
    await user.type(screen.getByLabelText('Til og med'), '2027-04-01');
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(screen.getByLabelText('Til og med')).toHaveAccessibleDescription(/Til-datoen kan ikke være før fra-datoen/);
    expect(screen.getByTestId('where')).toHaveTextContent(/^$/);

    await user.clear(screen.getByLabelText('Til og med'));
    await user.type(screen.getByLabelText('Til og med'), '2027-12-31');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kommune' }), '1866');
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(screen.getByTestId('where')).toHaveTextContent('?from=2027-05-01&to=2027-12-31&municipality=1866');
    await user.click(screen.getByRole('button', { name: 'Nullstill filteret' }));
    expect(screen.getByTestId('where')).toHaveTextContent(/^$/);
    expect(screen.getByLabelText('Fra og med')).toHaveValue('');
  });
});

describe('filterFromParams', () => {
  it('takes only days and municipality codes the API accepts', () => {
    expect(filterFromParams(new URLSearchParams('from=2027-01-01&to=soon&municipality=Sortland'))).toEqual({
      from: '2027-01-01',
      to: '',
      municipality: '',
    });
  });
});
