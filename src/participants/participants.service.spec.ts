import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { InvalidInputError } from '../common/errors.js';
import { FakeTransactions, type FakeOf } from '../../test/support/fake-tx.js';
import { refusal } from '../../test/support/refusal.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { AlreadyErasedError } from '../privacy/privacy.errors.js';
import { Programme } from '../programmes/programme.entity.js';
import { ProgrammesRepository } from '../programmes/programmes.repository.js';
import type { ProgrammesService } from '../programmes/programmes.service.js';
import type { UpdateParticipantDto } from './dto/participant.dto.js';
import { Participant } from './participant.entity.js';
import { DuplicateParticipantEmailError, HiddenConflictError } from './participants.errors.js';
import { NO_PAIRS, ParticipantsRepository } from './participants.repository.js';
import { ParticipantsService } from './participants.service.js';

const ADMIN: Actor = { id: 'admin-1', role: 'admin', municipalityCodes: [] };
const COORDINATOR: Actor = { id: 'coordinator-1', role: 'coordinator', municipalityCodes: ['1870'] };

function programme(): Programme {
  return Object.assign(new Programme(), {
    id: 'programme-1',
    name: 'Vesterålen 2027',
    timezone: 'Europe/Oslo',
    municipalities: ['1870', '1871'].map((code) => Object.assign(new Municipality(), { code })),
  });
}

function participant(fields: Partial<Participant>): Participant {
  return Object.assign(new Participant(), {
    programmeId: 'programme-1',
    phone: null,
    municipalityCode: '1870',
    desiredProfessionCode: null,
    capacity: 1,
    category: null,
    gender: null,
    wantsSameGender: false,
    employmentStatusAtStart: null,
    birthYear: null,
    erasedAt: null,
    ...fields,
  });
}

const MENTOR = participant({
  id: 'mentor-1',
  role: 'mentor',
  name: 'Kari Mentor',
  email: 'kari@example.org',
  preferredLanguage: 'nb',
  languages: [{ code: 'nb', level: 'native' }],
  professionCode: '2221',
  capacity: 2,
});

const MENTEE = participant({
  id: 'mentee-1',
  role: 'mentee',
  name: 'Amina Mentee',
  email: 'amina@example.org',
  preferredLanguage: 'en',
  languages: [{ code: 'ar', level: 'native' }],
  professionCode: '5321',
  category: 'refugee',
  gender: 'female',
  wantsSameGender: true,
});

/** The participants of one programme in memory, and the writes made to them. */
class FakeParticipants implements FakeOf<
  ParticipantsRepository,
  'lockForUpdate' | 'findVisibleById' | 'takenEmails' | 'findByEmail' | 'update' | 'getById' | 'standingOf'
> {
  readonly updates: { id: string; row: Partial<Participant> }[] = [];

  constructor(private readonly rows: Participant[]) {}

  async lockForUpdate(): Promise<void> {}

  async findVisibleById(_actor: Actor, id: string): Promise<Participant> {
    return this.getById(id);
  }

  takenEmails(programmeId: string, emails: string[]): Promise<Set<string>> {
    return Promise.resolve(
      new Set(this.rows.filter((p) => p.programmeId === programmeId && emails.includes(p.email)).map((p) => p.email)),
    );
  }

  findByEmail(programmeId: string, email: string): Promise<Participant | null> {
    return Promise.resolve(this.rows.find((p) => p.programmeId === programmeId && p.email === email) ?? null);
  }

  async update(id: string, row: Partial<Participant>): Promise<void> {
    this.updates.push({ id, row });
    Object.assign(await this.getById(id), row);
  }

  getById(id: string): Promise<Participant> {
    const found = this.rows.find((p) => p.id === id);
    if (!found) return Promise.reject(new Error(`no participant ${id}`));
    return Promise.resolve(found);
  }

  standingOf(): Promise<typeof NO_PAIRS> {
    return Promise.resolve(NO_PAIRS);
  }
}

class FakeProgrammes implements FakeOf<ProgrammesRepository, 'shareLock' | 'findVisibleById'> {
  async shareLock(): Promise<void> {}

  findVisibleById(): Promise<Programme> {
    return Promise.resolve(programme());
  }
}

class FakeAudit implements Pick<AuditService, 'participants'> {
  readonly rows: { action: string; ids: string[] }[] = [];

  participants(_actor: unknown, action: string, people: readonly { id: string }[]): Promise<void> {
    this.rows.push({ action, ids: people.map((p) => p.id) });
    return Promise.resolve();
  }
}

function setUp(rows: Participant[]) {
  const participants = new FakeParticipants(rows.map((p) => Object.assign(new Participant(), p)));
  const audit = new FakeAudit();
  const transactions = new FakeTransactions()
    .with(ParticipantsRepository, participants)
    .with(ProgrammesRepository, new FakeProgrammes());
  const service = new ParticipantsService(
    transactions.asTransactions(),
    {} as ProgrammesService,
    participants as unknown as ParticipantsRepository,
    audit as unknown as AuditService,
    new Clock(),
  );
  return { service, participants, audit, transactions };
}

describe('ParticipantsService.update: the merged participant is checked as a registration would be', () => {
  it('refuses a change that leaves the mentee invalid, naming the field, and writes nothing', async () => {
    const { service, participants, audit, transactions } = setUp([MENTEE]);
    // Clearing the gender is a valid PATCH on its own; with wantsSameGender kept it is not.
    const error = await refusal(service.update(ADMIN, 'mentee-1', { gender: null } as unknown as UpdateParticipantDto));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.map((d) => d.field)).toEqual(['gender']);
    expect(participants.updates).toEqual([]);
    expect(audit.rows).toEqual([]);
    expect(transactions.rolledBack).toBe(1);
  });

  it('refuses a mentee-only field on a mentor, naming it, and writes nothing', async () => {
    const { service, participants } = setUp([MENTOR]);
    const error = await refusal(service.update(ADMIN, 'mentor-1', { desiredProfessionCode: '5321' }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.map((d) => d.field)).toEqual(['desiredProfessionCode']);
    expect(participants.updates).toEqual([]);
  });

  it('refuses a municipality the programme does not cover', async () => {
    const { service, participants } = setUp([MENTOR]);
    const error = await refusal(service.update(ADMIN, 'mentor-1', { municipalityCode: '0301' }));
    expect((error as InvalidInputError).details.map((d) => [d.field, d.code])).toEqual([
      ['municipalityCode', 'must_be_programme_municipality'],
    ]);
    expect(participants.updates).toEqual([]);
  });

  it('stores a valid change, keeping what the change left out, and audits it', async () => {
    const { service, participants, audit, transactions } = setUp([MENTOR]);
    const { participant } = await service.update(ADMIN, 'mentor-1', { capacity: 3, phone: '+47 912 34 567' });
    expect(participant).toMatchObject({ capacity: 3, phone: '+47 912 34 567', name: 'Kari Mentor', role: 'mentor' });
    expect(participants.updates).toHaveLength(1);
    expect(participants.updates[0].row).toMatchObject({
      capacity: 3,
      email: 'kari@example.org',
      municipalityCode: '1870',
    });
    expect(audit.rows).toEqual([{ action: 'participant.update', ids: ['mentor-1'] }]);
    expect(transactions.committed).toBe(1);
  });

  it('refuses an email another participant of the programme has', async () => {
    const { service, participants } = setUp([MENTOR, MENTEE]);
    const error = await refusal(service.update(ADMIN, 'mentor-1', { email: 'amina@example.org' }));
    expect(error).toBeInstanceOf(DuplicateParticipantEmailError);
    expect(participants.updates).toEqual([]);
  });

  it('does not tell a coordinator that the email belongs to someone outside their municipalities, and audits the attempt', async () => {
    const elsewhere = participant({ ...MENTEE, id: 'mentee-2', email: 'other@example.org', municipalityCode: '1871' });
    const { service, participants, audit } = setUp([MENTOR, elsewhere]);
    const error = await refusal(service.update(COORDINATOR, 'mentor-1', { email: 'other@example.org' }));
    expect(error).toBeInstanceOf(HiddenConflictError);
    expect(participants.updates).toEqual([]);
    expect(audit.rows).toEqual([{ action: 'participant.conflict', ids: ['mentee-2'] }]);
  });

  it('refuses to change an erased participant', async () => {
    const { service, participants } = setUp([participant({ ...MENTOR, erasedAt: new Date('2027-01-01') })]);
    expect(await refusal(service.update(ADMIN, 'mentor-1', { capacity: 2 }))).toBeInstanceOf(AlreadyErasedError);
    expect(participants.updates).toEqual([]);
  });
});
