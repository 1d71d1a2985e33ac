import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { LoginPage } from './login-page.js';

const mocks = vi.hoisted(() => ({ login: vi.fn(), completeMfa: vi.fn(), openSession: vi.fn() }));

// No single sign-on here (login-page-sso.test.tsx shows the page with it).
vi.mock('../api/client.js', () => ({
  ApiFailure: class extends Error {},
  api: { GET: () => Promise.resolve({ data: { oidc: false } }) },
  unwrap: (result: { data: unknown }) => result.data,
}));

vi.mock('../auth/session.js', () => ({
  useSession: () => ({
    user: null,
    ended: false,
    login: mocks.login,
    completeMfa: mocks.completeMfa,
    openSession: mocks.openSession,
  }),
}));

const SESSION = {
  accessToken: 'access',
  user: {
    id: 'u1',
    name: 'Kari Nordmann',
    email: 'kari@sortland.kommune.no',
    role: 'coordinator' as const,
    municipalityCodes: ['1870'],
    preferredLanguage: 'en' as const,
    disabled: false,
    createdAt: '2026-01-01T00:00:00Z',
  },
};

function renderPage() {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider initial="en">
        <MemoryRouter>
          <LoginPage />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

async function logIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email'), 'kari@sortland.kommune.no');
  await user.type(screen.getByLabelText('Password'), 'a long password');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

beforeEach(() => {
  // The busy button's spinner synchronises its animation; jsdom has no animations.
  if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });
  for (const mock of Object.values(mocks)) mock.mockReset();
  localStorage.clear();
});
afterEach(cleanup);

describe('LoginPage with a second factor', () => {
  it('asks for the code after the password, says a wrong one beside the field, and takes a recovery code instead', async () => {
    const user = userEvent.setup();
    mocks.login.mockResolvedValue({ challenge: { mfaRequired: true, mfaToken: 'mfa-token' } });
    renderPage();
    await logIn(user);

    const heading = await screen.findByRole('heading', { level: 2, name: 'Code from your authenticator app' });
    await waitFor(() => expect(heading).toHaveFocus());
    const code = screen.getByLabelText('One-time code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();

    mocks.completeMfa.mockResolvedValueOnce('wrong');
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(mocks.completeMfa).toHaveBeenCalledWith('mfa-token', '123456');
    expect(await screen.findByText('The code is not right. Check the app and try again.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    const recovery = screen.getByLabelText('Recovery code');
    mocks.completeMfa.mockResolvedValueOnce('ok');
    await user.type(recovery, 'abcde-23456');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(mocks.completeMfa).toHaveBeenLastCalledWith('mfa-token', 'abcde-23456');
  });

  it('sends the person back to the password when the login has expired', async () => {
    const user = userEvent.setup();
    mocks.login.mockResolvedValue({ challenge: { mfaRequired: true, mfaToken: 'mfa-token' } });
    mocks.completeMfa.mockResolvedValueOnce('expired');
    renderPage();
    await logIn(user);
    await user.type(await screen.findByLabelText('One-time code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(
      await screen.findByText('The login has expired or was already completed. Log in again.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('sets up the app when the role requires it, then shows the recovery codes before opening the session', async () => {
    const user = userEvent.setup();
    const recoveryCodes = Array.from({ length: 10 }, (_, i) => `abcd${i}-efgh${i}`);
    mocks.login.mockResolvedValue({
      challenge: {
        mfaRequired: true,
        enrolRequired: true,
        mfaToken: 'mfa-token',
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
        otpauthUrl: 'otpauth://totp/Mentornett:kari?secret=JBSWY3DPEHPK3PXPJBSWY3DP',
      },
    });
    mocks.completeMfa.mockResolvedValueOnce({ recoveryCodes, session: SESSION });
    renderPage();
    await logIn(user);

    expect(await screen.findByRole('heading', { level: 2, name: 'Set up two-step login' })).toBeInTheDocument();
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Code from the app'), '654321');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(mocks.completeMfa).toHaveBeenCalledWith('mfa-token', '654321');

    const heading = await screen.findByRole('heading', { level: 2, name: 'Recovery codes' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(recoveryCodes);
    expect(mocks.openSession).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Go on to the console' }));
    expect(mocks.openSession).toHaveBeenCalledWith(SESSION);
  });
});
