import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { formatters } from '../i18n/format.js';
import { nb } from '../i18n/nb.js';
import { OutboxPage, outboxFilterFromParams, periodText } from './outbox-page.js';

configure({ asyncUtilTimeout: 5000 });

const mocks = vi.hoisted(() => {
  const state = {
    total: 0,
    get: vi.fn((_path: string, options: { params: { query: { limit: number; offset: number } } }) => {
      const { limit, offset } = options.params.query;
      const count = Math.max(0, Math.min(limit, state.total - offset));
      const data = Array.from({ length: count }, (_, index) => ({
        id: `e${offset + index}`,
        kind: 'minimum_missed',
        to: `person${offset + index}@example.no`,
        status: index === 0 ? 'failed' : 'sent',
        attempts: 1,
        periodKey: '2027-02',
        createdAt: '2027-03-01T08:00:00Z',
        language: 'nb',
        ...(index === 0 ? { lastError: '550 mailbox unavailable' } : { sentAt: '2027-03-01T08:00:05Z' }),
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
        <MemoryRouter initialEntries={[`/admin/outbox${search}`]}>
          <Routes>
            <Route
              path="/admin/outbox"
              element={
                <>
                  <OutboxPage />
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

describe('OutboxPage', { timeout: 20_000 }, () => {
  beforeAll(() => {
    if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });
  });
  afterEach(cleanup);
  beforeEach(() => {
    mocks.get.mockClear();
  });

  it('asks the API for one page and one more email, and links to the next page only when there is one', async () => {
    mocks.total = 51;
    renderPage('?status=sent&kind=minimum_missed');
    await screen.findByRole('table', { name: 'E-poster, nyeste først' });
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/admin/outbox', {
      params: { query: { status: 'sent', kind: 'minimum_missed', limit: 51, offset: 0 } },
    });
    expect(screen.getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Viser e-post 1–50.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Neste side' }));
    expect(screen.getByTestId('where')).toHaveTextContent('?status=sent&kind=minimum_missed&page=2');
    await screen.findByText('Viser e-post 51–51.');
    expect(mocks.get).toHaveBeenLastCalledWith('/api/v1/admin/outbox', {
      params: { query: { status: 'sent', kind: 'minimum_missed', limit: 51, offset: 50 } },
    });
    expect(screen.queryByRole('link', { name: 'Neste side' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Forrige side' })).toBeInTheDocument();
  });

  it('puts a filter in the URL and starts again from the first page', async () => {
    mocks.total = 3;
    renderPage('?page=3');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'failed');
    expect(screen.getByTestId('where')).toHaveTextContent(/^\?status=failed$/);
  });

  it('shows the status with a symbol and a word, and the last error', async () => {
    mocks.total = 2;
    renderPage();
    await screen.findByRole('table', { name: 'E-poster, nyeste først' });
    expect(screen.getByRole('cell', { name: 'Feilet' })).toHaveTextContent('✗Feilet');
    expect(screen.getByText('550 mailbox unavailable')).toBeInTheDocument();
    expect(screen.getAllByText('februar 2027')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Køoversikt' })).toHaveAttribute('href', '/api/v1/admin/queues/');
  });
});

describe('outbox filters and periods', () => {
  it('reads only values the API takes from the URL', () => {
    expect(outboxFilterFromParams(new URLSearchParams('status=sent&kind=escalation&page=2'))).toEqual({
      status: 'sent',
      kind: 'escalation',
      page: 2,
    });
    expect(outboxFilterFromParams(new URLSearchParams('status=lost&kind=spam&page=-1'))).toEqual({
      status: undefined,
      kind: undefined,
      page: 1,
    });
  });

  it('writes a month, a day and an invitation version in words', () => {
    const f = formatters('nb');
    expect(periodText('2027-03', f, nb)).toBe('mars 2027');
    expect(periodText('2027-03-15', f, nb)).toBe('15. mars 2027');
    expect(periodText('v0', f, nb)).toBe('Opprinnelig tidspunkt');
    expect(periodText('v2', f, nb)).toBe('Flyttet (2)');
  });
});
