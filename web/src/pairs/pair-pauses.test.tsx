import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { PairPauses } from './pair-pauses.js';

const mocks = vi.hoisted(() => ({ get: vi.fn(), post: vi.fn(), del: vi.fn() }));

vi.mock('../api/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client.js')>()),
  api: { GET: mocks.get, POST: mocks.post, DELETE: mocks.del },
}));

vi.mock('../api/queries.js', () => ({
  useMunicipalities: () => ({ isPending: false, isError: false, data: new Map() }),
}));

function ok<T>(data: T, status = 200) {
  return { data, response: new Response(null, { status }) };
}

function failed(status: number, body: unknown) {
  return { error: body, response: new Response(null, { status }) };
}

const SICK = {
  id: 'p1',
  matchId: 'm1',
  from: '2027-03-20',
  to: '2027-04-10',
  reason: 'sick_leave',
  note: 'Operasjon',
  createdAt: '2027-03-21T10:00:00Z',
};

function renderPauses() {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider initial="en">
        <PairPauses matchId="m1" programmeId="prog1" firstDay="2027-01-18" lastDay="2027-09-17" />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** The field (label, description, error) a control sits in. */
function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ds-field') as HTMLElement;
}

beforeEach(() => {
  // Designsystemet's Spinner (shown while loading) reads document.getAnimations, which jsdom lacks.
  if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });
  mocks.get.mockReset();
  mocks.post.mockReset();
  mocks.del.mockReset();
  mocks.get.mockImplementation((path: string) =>
    Promise.resolve(ok(path === '/api/v1/matches/{id}/pauses' ? [SICK] : [])),
  );
});
afterEach(cleanup);

describe('PairPauses', () => {
  it('lists the pair’s pauses with their days, reason and note', async () => {
    renderPauses();
    const table = await screen.findByRole('table', { name: 'The pair’s pauses' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('20 March 2027');
    expect(row).toHaveTextContent('10 April 2027');
    expect(row).toHaveTextContent('Sick leave');
    expect(row).toHaveTextContent('Operasjon');
    expect(within(row).getByRole('button', { name: /Remove the pause 20 March 2027–10 April 2027/ })).toBeVisible();
  });

  it('says what is missing before it sends, and sends a pause with its reason and note', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValue(ok({ ...SICK, id: 'p2', from: '2027-06-01', to: '2027-06-30' }, 201));
    renderPauses();
    await user.click(screen.getByRole('button', { name: 'Add the pause' }));
    expect(mocks.post).not.toHaveBeenCalled();
    expect(fieldOf('From')).toHaveTextContent('Write a date.');

    await user.type(screen.getByLabelText('From'), '2027-06-01');
    await user.type(screen.getByLabelText('To (inclusive)'), '2027-06-30');
    await user.selectOptions(screen.getByLabelText('Reason'), 'travel');
    await user.type(screen.getByLabelText('Note (optional)'), 'Besøker familie');
    await user.click(screen.getByRole('button', { name: 'Add the pause' }));

    expect(mocks.post).toHaveBeenCalledWith('/api/v1/matches/{id}/pauses', {
      params: { path: { id: 'm1' } },
      body: { from: '2027-06-01', to: '2027-06-30', reason: 'travel', note: 'Besøker familie' },
    });
    expect(await screen.findByText('The pause 1 June 2027–30 June 2027 is added.')).toBeInTheDocument();
  });

  it('puts an overlap the API refuses beside the first day, in the reader’s language', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValue(
      failed(409, {
        statusCode: 409,
        error: 'Conflict',
        message: ['from: the pair is already paused from 2027-03-20 to 2027-04-10'],
        errors: [
          {
            field: 'from',
            code: 'pause_overlaps',
            params: { from: '2027-03-20', to: '2027-04-10' },
            message: 'from: the pair is already paused from 2027-03-20 to 2027-04-10',
          },
        ],
      }),
    );
    renderPauses();
    await user.type(screen.getByLabelText('From'), '2027-04-01');
    await user.type(screen.getByLabelText('To (inclusive)'), '2027-04-20');
    await user.click(screen.getByRole('button', { name: 'Add the pause' }));
    expect(await screen.findByText('The pair is already paused from 20 March 2027 to 10 April 2027.')).toBeVisible();
    expect(fieldOf('From')).toHaveTextContent('The pair is already paused from 20 March 2027 to 10 April 2027.');
  });
});
