import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { AccountPage } from './account-page.js';

const mocks = vi.hoisted(() => ({
  get: vi.fn(),
  patch: vi.fn(),
  post: vi.fn(),
  del: vi.fn(),
  setUser: vi.fn(),
  logout: vi.fn(),
}));

const USER = {
  id: 'u1',
  name: 'Kari Nordmann',
  email: 'kari@sortland.kommune.no',
  role: 'coordinator' as const,
  municipalityCodes: ['1870'],
  preferredLanguage: 'en' as const,
  disabled: false,
  createdAt: '2026-01-01T00:00:00Z',
};

vi.mock('../auth/session.js', () => ({
  useUser: () => USER,
  useSession: () => ({ user: USER, ended: false, setUser: mocks.setUser, logout: mocks.logout }),
}));

vi.mock('../api/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client.js')>()),
  api: { GET: mocks.get, PATCH: mocks.patch, POST: mocks.post, DELETE: mocks.del },
}));

vi.mock('../api/queries.js', () => ({
  useMunicipalities: () => ({ data: new Map([['1870', { code: '1870', name: 'Sortland' }]]) }),
  municipalityNames: (codes: string[], known: Map<string, { name: string }>) =>
    codes.map((code) => known.get(code)?.name ?? code).join(', '),
}));

function renderPage() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider initial="en">
        <MemoryRouter>
          <AccountPage />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** What GET /auth/mfa answers. */
function mfaState(state: { enabled: boolean; required: boolean; recoveryCodesLeft: number }) {
  mocks.get.mockImplementation(() => Promise.resolve({ data: state, response: new Response(null, { status: 200 }) }));
}

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ds-field') as HTMLElement;
}

beforeEach(() => {
  for (const mock of Object.values(mocks)) mock.mockReset();
  mfaState({ enabled: false, required: false, recoveryCodesLeft: 0 });
  localStorage.clear();
});
afterEach(cleanup);

describe('AccountPage', () => {
  it('saves the language, switches the console to it and updates the session’s user', async () => {
    const user = userEvent.setup();
    mocks.patch.mockResolvedValue({
      data: { ...USER, preferredLanguage: 'nn' },
      response: new Response(null, { status: 200 }),
    });
    renderPage();
    expect(screen.getByText('Sortland')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Nynorsk' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(mocks.patch).toHaveBeenCalledWith('/api/v1/auth/me', { body: { preferredLanguage: 'nn' } });
    expect(mocks.setUser).toHaveBeenCalledWith({ ...USER, preferredLanguage: 'nn' });
    expect(await screen.findByText('Profilen er lagra.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nn');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kontoen min');
  });

  it('says beside the field when the current password is wrong, and clears the fields after a change', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValueOnce({
      error: { statusCode: 400, error: 'Bad Request', message: ['currentPassword is not the current password'] },
      response: new Response(null, { status: 400 }),
    });
    renderPage();

    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(mocks.post).not.toHaveBeenCalled();
    expect(fieldOf('Current password')).toHaveTextContent('Fill in the password you have now.');
    expect(fieldOf('New password')).toHaveTextContent('The new password must have at least 12 characters.');

    await user.type(screen.getByLabelText('Current password'), 'not my password');
    await user.type(screen.getByLabelText('New password'), ' and longer now');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(mocks.post).toHaveBeenCalledWith('/api/v1/auth/password', {
      body: { currentPassword: 'not my password', newPassword: 'short and longer now' },
    });
    expect(await screen.findByText('The password is not right.')).toBeInTheDocument();
    expect(fieldOf('Current password')).toHaveTextContent('The password is not right.');

    mocks.post.mockResolvedValueOnce({ response: new Response(null, { status: 204 }) });
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password is changed. Other logins have been logged out.')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('logs out', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(mocks.logout).toHaveBeenCalled();
  });

  it('turns the second factor on: the key as text, a wrong code beside the field, then the ten recovery codes once', async () => {
    const user = userEvent.setup();
    const recoveryCodes = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);
    renderPage();
    mocks.post.mockResolvedValueOnce(ok({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', otpauthUrl: 'otpauth://totp/x' }));
    await user.click(await screen.findByRole('button', { name: 'Turn on two-step login' }));
    expect(mocks.post).toHaveBeenCalledWith('/api/v1/auth/mfa/enrol');
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeInTheDocument();
    const code = screen.getByLabelText('Code from the app');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');

    await user.type(code, '12345');
    await user.click(screen.getByRole('button', { name: 'Confirm and turn on' }));
    expect(fieldOf('Code from the app')).toHaveTextContent('Fill in the code from the app, 6 digits.');

    mocks.post.mockResolvedValueOnce({
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['code is not a valid code: check the app and try again'],
        errors: [
          {
            field: 'code',
            code: 'wrong_code',
            params: {},
            message: 'code is not a valid code: check the app and try again',
          },
        ],
      },
      response: new Response(null, { status: 400 }),
    });
    await user.type(code, '6');
    await user.click(screen.getByRole('button', { name: 'Confirm and turn on' }));
    expect(mocks.post).toHaveBeenLastCalledWith('/api/v1/auth/mfa/confirm', { body: { code: '123456' } });
    expect(await screen.findByText('The code is not right. Check the app and try again.')).toBeInTheDocument();

    mocks.post.mockResolvedValueOnce(ok({ recoveryCodes }));
    mfaState({ enabled: true, required: false, recoveryCodesLeft: 10 });
    await user.click(screen.getByRole('button', { name: 'Confirm and turn on' }));
    const heading = await screen.findByRole('heading', { name: 'Recovery codes' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(recoveryCodes);

    await user.click(screen.getByRole('button', { name: 'I have kept the codes' }));
    expect(screen.queryByText(recoveryCodes[0])).not.toBeInTheDocument();
    expect(await screen.findByText('You have 10 unused recovery codes.')).toBeInTheDocument();
    expect(screen.getByText('Two-step login is on.')).toHaveAttribute('role', 'status');
  });

  it('turns the second factor off with a code', async () => {
    const user = userEvent.setup();
    mfaState({ enabled: true, required: true, recoveryCodesLeft: 9 });
    renderPage();
    expect(await screen.findByText('You have 9 unused recovery codes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Turn off two-step login' }));
    expect(mocks.del).not.toHaveBeenCalled();
    expect(fieldOf('Code from the app or recovery code')).toHaveTextContent(
      'Fill in a code from the app or a recovery code.',
    );
    mocks.del.mockResolvedValueOnce({ response: new Response(null, { status: 204 }) });
    mfaState({ enabled: false, required: true, recoveryCodesLeft: 0 });
    await user.type(screen.getByLabelText('Code from the app or recovery code'), 'abcde-23456');
    await user.click(screen.getByRole('button', { name: 'Turn off two-step login' }));
    expect(mocks.del).toHaveBeenCalledWith('/api/v1/auth/mfa', { body: { code: 'abcde-23456' } });
    expect(await screen.findByText('Two-step login is off.')).toBeInTheDocument();
    expect(screen.getByText('Your role requires two-step login.')).toBeInTheDocument();
  });
});
