import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { AuditPage, auditFilterFromParams, auditQuery } from './audit-page.js';

configure({ asyncUtilTimeout: 5000 });

const ACTOR = '6df64ef3-4840-4a5d-9fd4-63ba7debe8e9';
const SUBJECT = '0b7c1a52-3f7e-4a55-9b0e-2b1f5c1d9e01';

const mocks = vi.hoisted(() => {
  const state = {
    total: 0,
    get: vi.fn((_path: string, options: { params: { query: { limit: number; offset: number } } }) => {
      const { limit, offset } = options.params.query;
      const count = Math.max(0, Math.min(limit, state.total - offset));
      const data = Array.from({ length: count }, (_, index) => ({
        id: `a${offset + index}`,
        at: '2027-03-01T08:00:00Z',
        actorId: index === 0 ? null : '6df64ef3-4840-4a5d-9fd4-63ba7debe8e9',
        actorRole: index === 0 ? null : 'coordinator',
        action: index === 0 ? 'auth.login_failed' : 'participant.read',
        subjectType: index === 0 ? null : 'participant',
        subjectId: index === 0 ? null : '0b7c1a52-3f7e-4a55-9b0e-2b1f5c1d9e01',
        municipalityCode: index === 0 ? undefined : '1870',
        requestId: `req-${offset + index}`,
      }));
      return Promise.resolve({ data });
    }),
  };
  return state;
});

vi.mock('../api/client.js', () => ({
  ApiFailure: class extends Error {},
  api: { GET: mocks.get },
  unwrap: (result: { data: unknown }) => result.data,
}));

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.search}</output>;
}

function renderPage(search = '') {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider initial="nb">
        <MemoryRouter initialEntries={[`/admin/audit${search}`]}>
          <Routes>
            <Route
              path="/admin/audit"
              element={
                <>
                  <AuditPage />
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

describe('AuditPage', { timeout: 20_000 }, () => {
  beforeAll(() => {
    if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });
  });
  afterEach(cleanup);
  beforeEach(() => {
    mocks.get.mockClear();
  });

  it('asks for one page and one row more, writes actions in words, and pages through the URL', async () => {
    mocks.total = 51;
    renderPage(`?action=participant.read&actorId=${ACTOR}`);
    await screen.findByRole('table', { name: 'Revisjonslogg, nyeste først' });
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/admin/audit', {
      params: { query: { action: 'participant.read', actorId: ACTOR, limit: 51, offset: 0 } },
    });
    expect(screen.getAllByRole('row')).toHaveLength(51);
    expect(screen.getByRole('cell', { name: 'Mislykket innlogging' })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: 'Så på en deltaker' })).toHaveLength(49);
    expect(screen.getByText('Ingen bruker (lenke eller mislykket innlogging)')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Neste side' }));
    expect(screen.getByTestId('where')).toHaveTextContent(`?action=participant.read&actorId=${ACTOR}&page=2`);
    await screen.findByText('Viser rad 51–51.');
    expect(mocks.get).toHaveBeenLastCalledWith('/api/v1/admin/audit', {
      params: { query: { action: 'participant.read', actorId: ACTOR, limit: 51, offset: 50 } },
    });
  });

  it('puts the filters in the URL on submit, from the first page, and refuses an id cut short', async () => {
    mocks.total = 3;
    renderPage('?page=3');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Handling' }), 'match.approve');
    await user.type(screen.getByRole('textbox', { name: /Gjelder \(id\)/ }), SUBJECT.slice(0, 20));
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(screen.getByText('Skriv en hel id, 36 tegn med bindestreker.')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?page=3$/);
    await user.clear(screen.getByRole('textbox', { name: /Gjelder \(id\)/ }));
    await user.type(screen.getByRole('textbox', { name: /Gjelder \(id\)/ }), SUBJECT);
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(screen.getByTestId('where')).toHaveTextContent(`?action=match.approve&subjectId=${SUBJECT}`);
  });
});

describe('audit filters', () => {
  it('reads only values the API takes from the URL', () => {
    expect(
      auditFilterFromParams(new URLSearchParams(`action=auth.login&subjectId=${SUBJECT}&from=2027-03-01&page=2`)),
    ).toEqual({ action: 'auth.login', subjectId: SUBJECT, page: 2, from: '2027-03-01' });
    expect(
      auditFilterFromParams(new URLSearchParams('action=drop&actorId=42&from=yesterday&to=2027-13-45&page=0')),
    ).toEqual({ page: 1 });
  });

  it('asks for whole days, the to day included', () => {
    const query = auditQuery({ from: '2027-03-01', to: '2027-03-01', page: 1 });
    expect(new Date(query.from!).getDate()).toBe(1);
    expect(Date.parse(query.to!) - Date.parse(query.from!)).toBe(24 * 3600 * 1000);
  });
});
