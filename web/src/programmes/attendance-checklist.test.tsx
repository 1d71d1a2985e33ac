import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { AttendanceChecklist } from './attendance-checklist.js';
import type { Gathering } from './programme-queries.js';

type TestUser = { id: string; name: string; role: 'admin' | 'lead' | 'coordinator'; municipalityCodes: string[] };

const mocks = vi.hoisted(() => {
  const user: TestUser = { id: 'u1', name: 'Kari', role: 'coordinator', municipalityCodes: ['1870'] };
  return { get: vi.fn(), put: vi.fn(), user };
});

vi.mock('../auth/session.js', () => ({ useUser: () => mocks.user }));

vi.mock('../api/client.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client.js')>()),
  api: { GET: mocks.get, PUT: mocks.put },
}));

const GATHERING: Gathering = {
  id: 'g1',
  programmeId: 'p1',
  kind: 'midway',
  title: 'Midway gathering',
  startsAt: '2027-05-16T17:00:00+02:00',
  endsAt: '2027-05-16T20:00:00+02:00',
  location: 'Sortland kulturhus',
};

const PEOPLE = [
  { id: 'a', name: 'Amina Hassan', role: 'mentee', municipalityCode: '1870' },
  { id: 'b', name: 'Bashir Omar', role: 'mentee', municipalityCode: '1866' },
  { id: 'c', name: 'Cathrine Berg', role: 'mentor', municipalityCode: '1866' },
  { id: 'd', name: 'Didrik Dahl', role: 'mentor', municipalityCode: '1870' },
];

function ok<T>(data: T) {
  return { data, response: new Response(null, { status: 200 }) };
}

function renderChecklist() {
  mocks.get.mockImplementation((path: string) =>
    Promise.resolve(
      path === '/api/v1/programmes/{id}/participants'
        ? ok(PEOPLE)
        : ok({ gatheringId: 'g1', participantIds: ['b', 'c'] }),
    ),
  );
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider initial="en">
        <AttendanceChecklist programmeId="p1" gathering={GATHERING} started />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

beforeAll(() => {
  // jsdom has no Web Animations; Designsystemet's spinner asks for them.
  if (!('getAnimations' in document)) Object.defineProperty(document, 'getAnimations', { value: () => [] });
});
beforeEach(() => {
  mocks.get.mockReset();
  mocks.put.mockReset();
  mocks.user.role = 'coordinator';
});
afterEach(cleanup);

describe('AttendanceChecklist', () => {
  it('shows who attended, by role, and lets a coordinator change only their own municipalities’ people', async () => {
    const user = userEvent.setup();
    mocks.put.mockResolvedValue(ok({ gatheringId: 'g1', participantIds: ['a', 'b', 'c'] }));
    renderChecklist();

    expect(await screen.findByRole('group', { name: /Mentors/ })).toHaveTextContent('1 of 2 present');
    expect(screen.getByLabelText('Bashir Omar')).toBeChecked();
    expect(screen.getByLabelText('Bashir Omar')).toHaveAttribute('aria-readonly', 'true');
    expect(screen.getByLabelText('Cathrine Berg')).toHaveAttribute('aria-readonly', 'true');
    await user.click(screen.getByLabelText('Bashir Omar'));
    expect(screen.getByLabelText('Bashir Omar')).toBeChecked();
    expect(screen.getByLabelText('Amina Hassan')).not.toBeChecked();
    expect(screen.getByLabelText('Amina Hassan')).not.toHaveAttribute('aria-readonly');

    await user.click(screen.getByLabelText('Amina Hassan'));
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));

    // Only the coordinator's own people go to the API; the others' rows stay as they are.
    expect(mocks.put).toHaveBeenCalledWith('/api/v1/gatherings/{id}/attendance', {
      params: { path: { id: 'g1' } },
      body: { participantIds: ['a'] },
    });
    expect(await screen.findByText('Attendance saved: 3 present.')).toBeInTheDocument();
  });

  it('lets a lead record everyone, and shows the API’s answer when it refuses', async () => {
    const user = userEvent.setup();
    mocks.user.role = 'lead';
    mocks.put.mockResolvedValue({
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['participantIds: x is not a participant of this programme that you may record'],
      },
      response: new Response(null, { status: 400 }),
    });
    renderChecklist();
    await user.click(await screen.findByLabelText('Didrik Dahl'));
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));

    expect(mocks.put.mock.calls[0][1]).toMatchObject({ body: { participantIds: ['b', 'c', 'd'] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'participantIds: x is not a participant of this programme that you may record',
    );
  });
});
