import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { ParticipantPrivacyActions } from './privacy-actions.js';

const mocks = vi.hoisted(() => ({ post: vi.fn(), get: vi.fn(), role: 'lead' }));

vi.mock('../auth/session.js', () => ({
  useUser: () => ({ id: 'u1', name: 'User', role: mocks.role, municipalityCodes: ['1870'] }),
}));

vi.mock('../api/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client.js')>()),
  api: { POST: mocks.post, GET: mocks.get },
}));

const PERSON = { id: '7b0c5f44-0000-4000-8000-000000000001', name: 'Amina Hassan' };

function renderActions(onErased = vi.fn(), person: { id: string; name: string; erased?: boolean } = PERSON) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider initial="en">
        <ParticipantPrivacyActions person={person} onErased={onErased} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return onErased;
}

beforeEach(() => {
  // jsdom has no modal dialogs: open and close as the attribute.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
  mocks.post.mockReset();
  mocks.get.mockReset();
  mocks.role = 'lead';
});
afterEach(cleanup);

describe('a participant’s export and erasure', () => {
  it('asks once, for a reason, says what will happen, then erases', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValue({
      data: { id: PERSON.id, erased: true, erasedAt: '2027-03-20T10:00:00Z', cancelledEmails: 1 },
      response: new Response(null, { status: 200 }),
    });
    const onErased = renderActions();
    await user.click(screen.getByRole('button', { name: 'Erase the person' }));
    expect(screen.getByRole('heading', { name: 'Erase Amina Hassan for good?' })).toBeInTheDocument();
    expect(screen.getByText(/cannot be brought back/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(mocks.post).not.toHaveBeenCalled();
    expect(screen.getByText('Write a reason of at least 3 characters.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Reason'), '  Asked for erasure ');
    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(mocks.post).toHaveBeenCalledWith('/api/v1/participants/{id}/erase', {
      params: { path: { id: PERSON.id } },
      body: { reason: 'Asked for erasure' },
    });
    expect(onErased).toHaveBeenCalledOnce();
  });

  it('says the API’s refusal beside the reason', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValue({
      error: {
        statusCode: 409,
        message: 'This person was erased already',
        errors: [{ field: null, code: 'already_erased', params: {}, message: 'This person was erased already' }],
      },
      response: new Response(null, { status: 409 }),
    });
    const onErased = renderActions();
    await user.click(screen.getByRole('button', { name: 'Erase the person' }));
    await user.type(screen.getByLabelText('Reason'), 'Asked for erasure');
    await user.click(screen.getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByText('This person was erased already.')).toBeInTheDocument();
    expect(onErased).not.toHaveBeenCalled();
  });

  it('offers the export to a coordinator, the erasure not', () => {
    mocks.role = 'coordinator';
    renderActions();
    expect(screen.getByRole('button', { name: 'Export the records' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase the person' })).toBeNull();
  });

  it('offers no second erasure of an erased person', () => {
    renderActions(vi.fn(), { ...PERSON, erased: true });
    expect(screen.queryByRole('button', { name: 'Erase the person' })).toBeNull();
  });
});
