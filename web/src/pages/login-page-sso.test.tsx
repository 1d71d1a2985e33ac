import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import type { Language } from '../i18n/languages.js';
import { LoginPage } from './login-page.js';

configure({ asyncUtilTimeout: 5000 });

const mocks = vi.hoisted(() => ({ oidc: false, get: vi.fn() }));

vi.mock('../api/client.js', () => ({
  ApiFailure: class extends Error {},
  api: { GET: mocks.get },
  unwrap: (result: { data: unknown }) => result.data,
}));

vi.mock('../auth/session.js', () => ({
  useSession: () => ({ user: null, ended: false, login: vi.fn(), logout: vi.fn(), setUser: vi.fn() }),
}));

function renderLogin(search: string, language: Language = 'nb') {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider initial={language}>
        <MemoryRouter initialEntries={[`/login${search}`]}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  mocks.get.mockImplementation((path: string) => {
    if (path !== '/api/v1/auth/options') throw new Error(`unexpected GET ${path}`);
    return Promise.resolve({ data: { oidc: mocks.oidc } });
  });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('the login page and single sign-on', () => {
  it.each([
    ['nb', 'Logg inn med kommunekontoen din'],
    ['nn', 'Logg inn med kommunekontoen din'],
    ['en', 'Sign in with your municipality account'],
  ] as const)('offers the municipality account in %s when the service has single sign-on', async (language, name) => {
    mocks.oidc = true;
    renderLogin('?returnTo=%2Fpairs%2Fp1%3Fmonth%3D2027-03', language);
    const link = await screen.findByRole('link', { name });
    expect(link).toHaveAttribute('href', '/api/v1/auth/oidc/login?returnTo=%2Fpairs%2Fp1%3Fmonth%3D2027-03');
    // The password form stays beside it.
    expect(screen.getByLabelText(language === 'en' ? 'Password' : 'Passord')).toBeInTheDocument();
  });

  it('never sends the sign-in to another site', async () => {
    mocks.oidc = true;
    renderLogin('?returnTo=%2F%2Fevil.example');
    const link = await screen.findByRole('link', { name: 'Logg inn med kommunekontoen din' });
    expect(link).toHaveAttribute('href', '/api/v1/auth/oidc/login?returnTo=%2Fprogrammes');
  });

  it('offers no municipality account when the service has no single sign-on', async () => {
    mocks.oidc = false;
    renderLogin('');
    expect(await screen.findByText('Logg inn med e-postadressen og passordet ditt.')).toBeInTheDocument();
    expect(mocks.get).toHaveBeenCalledWith('/api/v1/auth/options');
    expect(screen.queryByRole('link', { name: 'Logg inn med kommunekontoen din' })).not.toBeInTheDocument();
  });

  it.each([
    ['no_account', 'en', 'No active Mentornett user has the email address of your municipality account.'],
    ['unverified', 'nn', 'Kommunekontoen din har inga stadfesta e-postadresse.'],
    ['unavailable', 'nb', 'Innlogging med kommunekontoen er ikke tilgjengelig akkurat nå.'],
    ['constructor', 'nb', 'Innloggingen med kommunekontoen kunne ikke fullføres.'],
  ] as const)('says in plain words why a sign-in came back refused (%s, %s)', (code, language, text) => {
    mocks.oidc = true;
    renderLogin(`?sso=${code}`, language);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });
});
