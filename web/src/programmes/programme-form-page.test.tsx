import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { NewProgrammePage } from './programme-form-page.js';

const mocks = vi.hoisted(() => ({ post: vi.fn(), patch: vi.fn() }));

vi.mock('../auth/session.js', () => ({
  useUser: () => ({ id: 'u1', name: 'Lead', role: 'lead', municipalityCodes: [] }),
}));

vi.mock('../api/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client.js')>()),
  api: { POST: mocks.post, PATCH: mocks.patch },
}));

vi.mock('../api/queries.js', () => ({
  useProgramme: () => ({ isPending: true }),
  useMunicipalities: () => ({
    isPending: false,
    isError: false,
    data: new Map(
      [
        ['1870', 'Sortland'],
        ['1866', 'Hadsel'],
        ['1851', 'Lødingen'],
        ['1867', 'Bø'],
        ['1868', 'Øksnes'],
        ['1871', 'Andøy'],
        ['1804', 'Bodø'],
        ['1806', 'Narvik'],
      ].map(([code, name]) => [code, { code, name, county: 'Nordland', lat: 0, lon: 0 }]),
    ),
  }),
}));

function ok<T>(data: T) {
  return { data, response: new Response(null, { status: 200 }) };
}

function failed(status: number, body: unknown) {
  return { error: body, response: new Response(null, { status }) };
}

function renderForm() {
  const queryClient = new QueryClient();
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial="en">
        <MemoryRouter initialEntries={['/programmes/new']}>
          <Routes>
            <Route path="/programmes/new" element={<NewProgrammePage />} />
            <Route path="/programmes/:id" element={<p>Programme page</p>} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** The field (label, description, error) a control sits in. */
function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ds-field') as HTMLElement;
}

beforeEach(() => {
  mocks.post.mockReset();
  mocks.patch.mockReset();
});
afterEach(cleanup);

describe('NewProgrammePage', () => {
  it('offers Vesterålen first, fills the end date 8 months after the start, and creates with the rules shown', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValue(ok({ id: 'new-id' }));
    renderForm();

    const vesteralen = screen.getByRole('heading', { name: 'Vesterålen' }).nextElementSibling as HTMLElement;
    expect(
      within(vesteralen)
        .getAllByRole('checkbox')
        .map((box) => box.closest('.ds-field')?.textContent),
    ).toEqual(['Lødingen', 'Hadsel', 'Bø', 'Øksnes', 'Sortland', 'Andøy']);
    expect(screen.getByText(/Other municipalities in Nordland/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name of the programme'), 'Vesterålen 2027');
    await user.type(screen.getByLabelText('Start date'), '2027-01-15');
    expect(screen.getByLabelText('End date')).toHaveValue('2027-09-15');
    expect(fieldOf('End date')).toHaveTextContent('By default 8 months after the start date: 15 September 2027.');
    await user.click(screen.getByLabelText('Sortland'));
    await user.click(screen.getByLabelText('Hadsel'));
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Oslo');
    expect(screen.getByLabelText('Fewest meetings per month')).toHaveValue('2');
    expect(screen.getByLabelText('Profession')).toHaveValue('0.5');
    // The summer holiday: July by default, one checkbox a month; December added.
    const holiday = screen.getByRole('group', { name: /Holiday: months that require no meetings/ });
    expect(within(holiday).getAllByRole('checkbox')).toHaveLength(12);
    expect(within(holiday).getByLabelText('July')).toBeChecked();
    await user.click(within(holiday).getByLabelText('December'));

    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    expect(mocks.post).toHaveBeenCalledWith('/api/v1/programmes', {
      body: {
        name: 'Vesterålen 2027',
        startDate: '2027-01-15',
        endDate: '2027-09-15',
        municipalityCodes: ['1870', '1866'],
        timezone: 'Europe/Oslo',
        rules: {
          minMeetingsPerMonth: 2,
          minMeetingMinutes: 120,
          maxDistanceKm: 100,
          weights: { profession: 0.5, language: 0.3, location: 0.2 },
          midMonthReminderDay: 15,
          completion: { minMeetings: 12, minHours: 24, minGatherings: 2 },
          requireScreening: false,
          exemptMonths: [7, 12],
          retentionMonths: 12,
        },
      },
    });
    expect(await screen.findByText('Programme page')).toBeInTheDocument();
  });

  it('says what is missing beside each field before it sends anything', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.clear(screen.getByLabelText('Shortest meeting that counts'));
    await user.type(screen.getByLabelText('Shortest meeting that counts'), '10');
    for (const label of ['Profession', 'Shared language', 'Nearness']) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), '0');
    }
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    expect(mocks.post).not.toHaveBeenCalled();
    expect(fieldOf('Name of the programme')).toHaveTextContent('Fill in this field.');
    expect(fieldOf('Start date')).toHaveTextContent('Fill in this field.');
    expect(screen.getByText('Choose at least one municipality.')).toBeInTheDocument();
    expect(fieldOf('Shortest meeting that counts')).toHaveTextContent('Enter a whole number from 15 to 600.');
    expect(screen.getByText('At least one of the weights must be above 0.')).toBeInTheDocument();
  });

  it('puts the API’s errors beside the fields they name, nested rules included', async () => {
    const user = userEvent.setup();
    mocks.post.mockResolvedValue(
      failed(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: [
          'rules.maxDistanceKm must not be greater than 3000',
          'name must be shorter than or equal to 200 characters',
        ],
      }),
    );
    renderForm();
    await user.type(screen.getByLabelText('Name of the programme'), 'X');
    await user.type(screen.getByLabelText('Start date'), '2027-01-15');
    await user.click(screen.getByLabelText('Bø'));
    await user.click(screen.getByRole('button', { name: 'Create programme' }));

    expect(await screen.findByText('rules.maxDistanceKm must not be greater than 3000')).toBeInTheDocument();
    expect(fieldOf('Longest distance between mentor and mentee')).toHaveTextContent(
      'rules.maxDistanceKm must not be greater than 3000',
    );
    expect(fieldOf('Name of the programme')).toHaveTextContent('name must be shorter than or equal to 200 characters');
    expect(screen.queryByText('Programme page')).not.toBeInTheDocument();
  });
});
