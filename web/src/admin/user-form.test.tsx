import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import type { User } from './admin-queries.js';
import { UserForm, userChange } from './user-form.js';

configure({ asyncUtilTimeout: 5000 });

const mocks = vi.hoisted(() => {
  class ApiFailure extends Error {
    constructor(
      readonly status: number,
      readonly body: { statusCode: number; message: string | string[] },
    ) {
      super('failed');
    }
  }
  const state = {
    ApiFailure,
    createError: null as unknown,
    updateError: null as unknown,
    create: vi.fn((_body: unknown, _options?: { onSuccess?: (user: unknown) => void }) => undefined),
    update: vi.fn((_args: unknown, _options?: { onSuccess?: (user: unknown) => void }) => undefined),
  };
  return state;
});

vi.mock('../api/client.js', () => ({ ApiFailure: mocks.ApiFailure }));

vi.mock('../api/queries.js', () => ({
  useMunicipalities: () => ({
    data: new Map(
      [
        ['1870', 'Sortland'],
        ['1866', 'Hadsel'],
        ['1871', 'Andøy'],
        ['1804', 'Bodø'],
        ['1806', 'Narvik'],
        ['1824', 'Vefsn'],
        ['1833', 'Rana'],
        ['1865', 'Vågan'],
        ['1860', 'Vestvågøy'],
        ['1851', 'Lødingen'],
        ['1868', 'Øksnes'],
        ['1867', 'Bø'],
      ].map(([code, name]) => [code, { code, name }]),
    ),
  }),
}));

vi.mock('./admin-queries.js', () => ({
  ROLES: ['coordinator', 'lead', 'admin'],
  useCreateUser: () => ({ mutate: mocks.create, error: mocks.createError, isPending: false }),
  useUpdateUser: () => ({ mutate: mocks.update, error: mocks.updateError, isPending: false }),
}));

const KARI: User = {
  id: 'u2',
  name: 'Kari Nordmann',
  email: 'kari@sortland.kommune.no',
  role: 'coordinator',
  municipalityCodes: ['1870'],
  preferredLanguage: 'nb',
  disabled: false,
  createdAt: '2027-01-01T00:00:00Z',
};

function renderForm(user?: User) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  render(
    <I18nProvider initial="nb">
      <UserForm user={user} onDone={onDone} onCancel={onCancel} />
    </I18nProvider>,
  );
  return { onDone, onCancel };
}

describe('UserForm', { timeout: 20_000 }, () => {
  afterEach(cleanup);
  beforeEach(() => {
    mocks.create.mockClear();
    mocks.update.mockClear();
    mocks.createError = null;
    mocks.updateError = null;
  });

  it('creates a coordinator with the municipalities ticked and the language chosen', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Navn'), ' Ola Nordmann ');
    await user.type(screen.getByLabelText('E-post'), 'ola@hadsel.kommune.no');
    await user.type(screen.getByLabelText('Passord', { exact: false }), 'et langt passord');
    await user.click(screen.getByRole('checkbox', { name: 'Sortland (1870)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hadsel (1866)' }));
    expect(screen.getByText('Valgt: Hadsel, Sortland')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Språk i konsollen og i e-post'), 'nn');
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));
    expect(mocks.create).toHaveBeenCalledWith(
      {
        name: 'Ola Nordmann',
        email: 'ola@hadsel.kommune.no',
        password: 'et langt passord',
        role: 'coordinator',
        preferredLanguage: 'nn',
        municipalityCodes: ['1866', '1870'],
      },
      expect.anything(),
    );
  });

  it('asks a coordinator for a municipality, and a lead for none', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Navn'), 'Per');
    await user.type(screen.getByLabelText('E-post'), 'per@example.no');
    await user.type(screen.getByLabelText('Passord', { exact: false }), 'kort');
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));
    expect(mocks.create).not.toHaveBeenCalled();
    expect(screen.getByText('Velg minst én kommune for en koordinator.')).toBeInTheDocument();
    expect(screen.getByText('Passordet må ha minst 12 tegn.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Programleder/ }));
    expect(screen.queryByRole('group', { name: 'Kommuner' })).toBeNull();
    await user.type(screen.getByLabelText('Passord', { exact: false }), ' er nå lang nok');
    await user.click(screen.getByRole('button', { name: 'Opprett bruker' }));
    expect(mocks.create).toHaveBeenCalledWith(
      expect.not.objectContaining({ municipalityCodes: expect.anything() as unknown }),
      expect.anything(),
    );
    expect(mocks.create.mock.calls[0][0]).toMatchObject({ role: 'lead' });
  });

  it('shows a taken email beside the email field', () => {
    mocks.createError = new mocks.ApiFailure(409, {
      statusCode: 409,
      message: 'A user with this email already exists',
    });
    renderForm();
    const email = screen.getByLabelText('E-post');
    expect(email).toHaveAccessibleDescription(/Det finnes allerede en bruker med denne e-postadressen/);
  });

  it('narrows a long list of municipalities with the search field, keeping hidden ticks', async () => {
    const user = userEvent.setup();
    renderForm(KARI);
    const group = screen.getByRole('group', { name: 'Kommuner' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(12);
    await user.click(within(group).getByRole('checkbox', { name: 'Andøy (1871)' }));
    await user.type(within(group).getByRole('searchbox', { name: 'Søk etter kommune' }), 'sort');
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['1870']);
    expect(within(group).getByText('Valgt: Andøy, Sortland')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(mocks.update).toHaveBeenCalledWith(
      { id: 'u2', change: { municipalityCodes: ['1870', '1871'] } },
      expect.anything(),
    );
  });

  it('sends only what changed', async () => {
    const user = userEvent.setup();
    const { onCancel } = renderForm(KARI);
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(mocks.update).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'Andøy (1871)' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(mocks.update).toHaveBeenCalledWith(
      { id: 'u2', change: { municipalityCodes: ['1870', '1871'] } },
      expect.anything(),
    );
  });

  it('says so when a change would leave no administrator', () => {
    mocks.updateError = new mocks.ApiFailure(409, {
      statusCode: 409,
      message: 'This change would leave no enabled admin',
    });
    renderForm({ ...KARI, role: 'admin', municipalityCodes: [] });
    expect(screen.getByRole('alert')).toHaveTextContent('Endringen ville ikke latt noen aktiv administrator bli igjen');
  });
});

describe('userChange', () => {
  it('leaves out what did not change', () => {
    expect(userChange(KARI, { name: 'Kari Nordmann ', role: 'coordinator', municipalityCodes: ['1870'] })).toEqual({});
  });

  it('sends the municipalities when a user becomes coordinator, and never for a lead', () => {
    const lead = { ...KARI, role: 'lead' as const, municipalityCodes: [] };
    expect(userChange(lead, { name: lead.name, role: 'coordinator', municipalityCodes: ['1871', '1866'] })).toEqual({
      role: 'coordinator',
      municipalityCodes: ['1866', '1871'],
    });
    expect(userChange(KARI, { name: 'Kari N.', role: 'lead', municipalityCodes: ['1870', '1866'] })).toEqual({
      name: 'Kari N.',
      role: 'lead',
    });
  });
});
