import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { AccountPage } from './account-page.js';

const mocks = vi.hoisted(() => ({
  patch: vi.fn(),
  post: vi.fn(),
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
  api: { PATCH: mocks.patch, POST: mocks.post },
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

function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ds-field') as HTMLElement;
}

beforeEach(() => {
  for (const mock of Object.values(mocks)) mock.mockReset();
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
});
