import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import type { Participant } from './participants-api.js';
import { Screening } from './screening.js';

const mocks = vi.hoisted(() => ({ put: vi.fn() }));

vi.mock('../api/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client.js')>()),
  api: { PUT: mocks.put },
}));

const mentor = {
  id: '7d3f0a52-8f0e-4d5b-9c1e-2f3a4b5c6d7e',
  role: 'mentor',
  policeCertificateSeenOn: '2026-11-02',
  confidentialitySignedOn: null,
} as unknown as Participant;

function renderScreening() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider initial="nn">
        <Screening person={mentor} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('Screening', () => {
  beforeEach(() => mocks.put.mockReset());
  afterEach(cleanup);

  it('shows the recorded dates and saves both, an empty one as null', async () => {
    mocks.put.mockResolvedValue({ data: { ...mentor }, response: new Response(null, { status: 200 }) });
    const user = userEvent.setup();
    renderScreening();
    expect(screen.getByRole('heading', { level: 2, name: 'Politiattest og teieplikterklæring' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Politiattest vist').value).toBe('2026-11-02');
    await user.clear(screen.getByLabelText('Politiattest vist'));
    await user.click(screen.getByRole('button', { name: 'Lagre datoane' }));
    expect(mocks.put).toHaveBeenCalledWith('/api/v1/participants/{id}/screening', {
      params: { path: { id: mentor.id } },
      body: { policeCertificateSeenOn: null, confidentialitySignedOn: null },
    });
    expect(await screen.findByText('Datoane er lagra.')).toBeTruthy();
  });

  it("shows the API's refusal at the field it names, in the reader's language", async () => {
    mocks.put.mockResolvedValue({
      error: {
        statusCode: 400,
        message: ['confidentialitySignedOn must not be in the future (today is 2026-12-03)'],
        errors: [
          {
            field: 'confidentialitySignedOn',
            code: 'must_not_be_in_future',
            params: { today: '2026-12-03' },
            message: 'confidentialitySignedOn must not be in the future (today is 2026-12-03)',
          },
        ],
      },
      response: new Response(null, { status: 400 }),
    });
    const user = userEvent.setup();
    renderScreening();
    await user.click(screen.getByRole('button', { name: 'Lagre datoane' }));
    const field = screen.getByLabelText('Teieplikterklæring underskriven');
    expect(await screen.findByText(/Kan ikkje vere fram i tid/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
