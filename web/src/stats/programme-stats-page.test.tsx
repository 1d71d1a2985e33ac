import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import type { Language } from '../i18n/languages.js';
import { ProgrammeStatsPage } from './programme-stats-page.js';
import type { ProgrammeStats } from './stats-queries.js';

const mocks = vi.hoisted(() => {
  const state = {
    role: 'lead' as 'lead' | 'coordinator' | 'admin',
    stats: null as unknown,
    surveys: [] as unknown,
    // The stats, the survey results, or for the CSV a file.
    get: vi.fn((path: string, _options?: unknown) =>
      Promise.resolve({
        data: path.endsWith('stats.csv')
          ? new Blob(['a,b\r\n'])
          : path.endsWith('/surveys')
            ? state.surveys
            : state.stats,
      }),
    ),
  };
  return state;
});

vi.mock('../auth/session.js', () => ({
  useUser: () => ({ id: 'u1', name: 'Lead', role: mocks.role, municipalityCodes: [] }),
}));

vi.mock('../api/client.js', () => ({
  ApiFailure: class extends Error {},
  api: { GET: mocks.get },
  unwrap: (result: { data: unknown }) => result.data,
}));

vi.mock('../api/queries.js', () => ({
  useProgramme: () => ({
    data: {
      id: 'p1',
      name: 'Vesterålen 2027',
      timezone: 'Europe/Oslo',
      municipalityCodes: ['1870', '1866'],
      startDate: '2027-01-18',
      endDate: '2027-09-17',
    },
  }),
  useMunicipalities: () => ({
    data: new Map([
      ['1870', { code: '1870', name: 'Sortland' }],
      ['1866', { code: '1866', name: 'Hadsel' }],
    ]),
  }),
  municipalityNames: (codes: string[], known: Map<string, { name: string }>) =>
    codes.map((code) => known.get(code)?.name ?? code).join(', '),
}));

const STATS: ProgrammeStats = {
  programmeId: 'p1',
  asOf: '2027-03-15',
  municipalityCodes: ['1870'],
  participants: {
    mentors: 12,
    mentees: 20,
    byCategory: {
      refugee: 10,
      family: 5,
      labour_eea: 0,
      labour_non_eea: 2,
      labour_spouse: 0,
      other: 1,
      unspecified: 2,
    },
    byMunicipality: {
      '1870': { name: 'Sortland', mentors: 7, mentees: 12 },
      '1866': { name: 'Hadsel', mentors: 5, mentees: 8 },
    },
  },
  matches: { proposed: 2, approved: 14, rejected: 1, completed: 3, ended: 1 },
  meetings: { count: 41, minutes: 2790 },
  compliance: [
    { month: '2027-01', activePairs: 10, pairsMeetingMinimum: 8, rate: 0.8, closed: true },
    { month: '2027-02', activePairs: 16, pairsMeetingMinimum: 12, rate: 0.75, closed: true },
    { month: '2027-03', activePairs: 18, pairsMeetingMinimum: 4, rate: 0.2222, closed: false },
  ],
  gatherings: [
    { id: 'g1', kind: 'kickoff', startsAt: '2027-01-18T16:00:00.000Z', invited: 30, attended: 24, rate: 0.8 },
    { id: 'g2', kind: 'midway', startsAt: '2027-05-18T16:00:00.000Z', invited: 32, attended: 0, rate: null },
  ],
  completionRate: 0.1667,
  employment: {
    atStart: { unemployed: 12, introduction_programme: 6, education: 1, part_time: 1, full_time: 0, unknown: 0 },
    atEnd: { unemployed: 1, introduction_programme: 0, education: 1, part_time: 1, full_time: 1, unknown: 0 },
    inWorkOrEducation: { mentees: 4, atStart: 1, atEnd: 3, rateAtStart: 0.25, rateAtEnd: 0.75 },
  },
};

// The first render in a cold jsdom can take over a second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const employment = (given: Record<string, number>) => ({
  unemployed: 0,
  introduction_programme: 0,
  education: 0,
  part_time: 0,
  full_time: 0,
  ...given,
});
const questions = (progress: number, usefulness: number, answered: number) => [
  { key: 'progress', answered, mean: progress },
  { key: 'usefulness', answered, mean: usefulness },
  { key: 'employmentStatus', answered: 1, counts: employment({ full_time: 1 }) },
  { key: 'norwegianLevel', answered: 1, counts: { none: 0, A1: 0, A2: 0, B1: 1, B2: 0, C1: 0, C2: 0 } },
  { key: 'helped', answered: 1, counts: { yes: 1, partly: 0, no: 0 } },
];
const SURVEYS = [
  { kind: 'midway_survey', sent: 30, answered: 2, questions: questions(3.5, 4.5, 2) },
  {
    kind: 'closing_survey',
    sent: 0,
    answered: 0,
    questions: questions(0, 0, 0).map(({ key }) => ({ key, answered: 0 })),
  },
  {
    kind: 'followup_survey',
    sent: 0,
    answered: 0,
    questions: questions(0, 0, 0).map(({ key }) => ({ key, answered: 0 })),
  },
];

function renderPage(language: Language = 'nb') {
  mocks.stats = STATS;
  mocks.surveys = SURVEYS;
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider initial={language}>
        <MemoryRouter initialEntries={['/programmes/p1/stats']}>
          <Routes>
            <Route path="/programmes/:id/stats" element={<ProgrammeStatsPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

function rows(caption: string) {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
}

describe('ProgrammeStatsPage', { timeout: 20_000 }, () => {
  beforeAll(() => {
    // jsdom has no Web Animations; Designsystemet's spinner asks for them.
    if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });
  });

  afterEach(cleanup);

  beforeEach(() => {
    mocks.role = 'lead';
    mocks.get.mockClear();
  });

  it('gives compliance by month as a table too, the running month marked as not over, percentages in Norwegian', async () => {
    renderPage('nb');
    await screen.findByRole('heading', { level: 1, name: 'Statistikk: Vesterålen 2027' });
    await screen.findByRole('table', { name: 'Andel par som nådde minstekravet, per måned' });
    expect(rows('Andel par som nådde minstekravet, per måned')).toEqual([
      ['januar 2027', '10', '8', '80 %', 'Ferdig'],
      ['februar 2027', '16', '12', '75 %', 'Ferdig'],
      ['mars 2027', '18', '4', '22 %', 'Pågår – andelen kan fortsatt stige'],
    ]);
    expect(screen.getByText('Tall per 15. mars 2027.', { exact: false })).toBeInTheDocument();
  });

  it('lists every category of mentee in words, with its share', async () => {
    renderPage('nb');
    await screen.findByRole('table', { name: 'Mentees etter kategori' });
    expect(rows('Mentees etter kategori')).toEqual([
      ['Flyktning', '10', '50 %'],
      ['Familieinnvandret', '5', '25 %'],
      ['Arbeidsinnvandrer fra EØS', '0', '0 %'],
      ['Arbeidsinnvandrer fra land utenfor EØS', '2', '10 %'],
      ['Ektefelle eller partner av arbeidsinnvandrer', '0', '0 %'],
      ['Annet', '1', '5 %'],
      ['Ikke oppgitt', '2', '10 %'],
    ]);
    expect(rows('Deltakere etter kommune')).toEqual([
      ['Hadsel', '5', '8', '13'],
      ['Sortland', '7', '12', '19'],
    ]);
  });

  it('shows attendance per gathering, a gathering still to come without a rate', async () => {
    renderPage('en');
    await screen.findByRole('table', { name: 'Attendance by gathering' });
    const attendance = rows('Attendance by gathering');
    expect(attendance.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['Kick-off', '30', '24', '80%'],
      ['Midway gathering', '32', '0', 'not held yet'],
    ]);
  });

  it('shows key figures, pairs by status and hours with a decimal comma', async () => {
    renderPage('nb');
    const completion = await screen.findByText('Fullføringsgrad', { selector: 'dt' });
    expect(completion.nextElementSibling?.textContent?.replace(/\u00a0/g, ' ')).toBe('17 %');
    expect(screen.getByText('Timer i møter', { selector: 'dt' }).nextElementSibling).toHaveTextContent('46,5');
    expect(screen.getByText('Par startet', { selector: 'dt' }).nextElementSibling).toHaveTextContent('18');
    expect(rows('Par etter status')).toContainEqual(['Avsluttet før tiden', '1']);
  });

  it('compares work or education at the start and the end over the same mentees', async () => {
    renderPage('nb');
    await screen.findByRole('table', { name: 'I arbeid eller utdanning ved start og ved slutt' });
    expect(rows('I arbeid eller utdanning ved start og ved slutt')).toEqual([
      ['Ved start', '1 av 4', '25 %'],
      ['Ved slutt', '3 av 4', '75 %'],
    ]);
  });

  it('gives the survey results as a table per survey, means with a decimal comma and answers counted', async () => {
    renderPage('nb');
    expect(await screen.findByText('Sendt til 30, besvart av 2.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Spørreundersøkelser' })).toBeTruthy();
    expect(rows('Ved midtveissamlingen')).toEqual([
      ['Framgang mot egne mål', '2', '3,50 av 5 i snitt'],
      ['Hvor nyttige møtene var', '2', '4,50 av 5 i snitt'],
      ['Arbeid eller utdanning nå', '1', expect.stringMatching(/: 1$/)],
      ['Norsk nå', '1', 'B1: 1'],
      ['Programmet hjalp dem inn i arbeid eller utdanning', '1', 'Ja: 1'],
    ]);
    expect(rows('Ved avslutningen')[0]).toEqual(['Framgang mot egne mål', '0', 'ingen svar']);
  });

  it("tells a coordinator the figures are their municipalities' share, and offers no funder report", async () => {
    mocks.role = 'coordinator';
    renderPage('nb');
    expect(await screen.findByText(/Du ser din andel: deltakerne som bor i Sortland/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Rapport til tilskuddsgiver' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Last ned rapporten som PDF' })).toBeNull();
  });

  it('offers a lead the funder report as PDF, saved under a name that says what it is', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderPage('nb');
    expect(await screen.findByRole('heading', { name: 'Rapport til tilskuddsgiver' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last ned rapporten som PDF' }));
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/programmes/{id}/report.pdf', {
      params: { path: { id: 'p1' }, query: { lang: 'nb' } },
      parseAs: 'blob',
    });
    expect(clicks).toEqual(['mentornett-rapport-vesteralen-2027-2027-03-15.pdf']);
    click.mockRestore();
  });

  it('asks for the funder report PDF in the console’s current language', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage('nn');
    expect(await screen.findByRole('heading', { name: 'Rapport til tilskotsgjevar' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last ned rapporten som PDF' }));
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/programmes/{id}/report.pdf', {
      params: { path: { id: 'p1' }, query: { lang: 'nn' } },
      parseAs: 'blob',
    });
    click.mockRestore();
  });

  it('downloads the CSV with the chosen separator under a name that says what it is', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href });
    });
    renderPage('nb');
    const separator = await screen.findByRole('combobox', { name: 'Skilletegn i CSV-filen' });
    expect(separator).toHaveValue('semicolon');
    await user.click(screen.getByRole('button', { name: 'Last ned CSV' }));
    await vi.waitFor(() => expect(clicks).toHaveLength(1));
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/programmes/{id}/stats.csv', {
      params: { path: { id: 'p1' }, query: { separator: 'semicolon' } },
      parseAs: 'blob',
    });
    expect(clicks[0]).toEqual({ download: 'mentornett-vesteralen-2027-2027-03-15.csv', href: 'blob:csv' });
    await user.selectOptions(separator, 'comma');
    await user.click(screen.getByRole('button', { name: 'Last ned CSV' }));
    await vi.waitFor(() => expect(clicks).toHaveLength(2));
    expect(mocks.get).toHaveBeenLastCalledWith('/api/v1/programmes/{id}/stats.csv', {
      params: { path: { id: 'p1' }, query: { separator: 'comma' } },
      parseAs: 'blob',
    });
    click.mockRestore();
  });
});
