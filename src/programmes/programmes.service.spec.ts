import type { Actor } from '../common/access/actor.js';
import { FakeTransactions, type FakeOf } from '../../test/support/fake-tx.js';
import { refusal } from '../../test/support/refusal.js';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import type { Gathering } from './gathering.entity.js';
import { DEFAULT_RULES } from './programme-rules.js';
import { Programme } from './programme.entity.js';
import { DatesOutOfOrderError, MunicipalitiesInUseError } from './programmes.errors.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { ProgrammesService } from './programmes.service.js';

const ADMIN: Actor = { id: 'admin-1', role: 'admin', municipalityCodes: [] };

function municipality(code: string): Municipality {
  return Object.assign(new Municipality(), { code });
}

/** One programme in Vesterålen with participants living in some of its municipalities. */
class FakeProgrammes implements FakeOf<
  ProgrammesRepository,
  | 'lockForUpdate'
  | 'findVisibleById'
  | 'participantMunicipalities'
  | 'save'
  | 'getById'
  | 'lockGatheringsOf'
  | 'updateGathering'
> {
  readonly saved: Programme[] = [];
  readonly programme = Object.assign(new Programme(), {
    id: 'programme-1',
    name: 'Vesterålen 2027',
    startDate: '2027-01-15',
    endDate: '2027-07-15',
    timezone: 'Europe/Oslo',
    rules: DEFAULT_RULES,
    municipalities: ['1866', '1870', '1871'].map(municipality),
  });

  constructor(private readonly livingIn: string[]) {}

  async lockForUpdate(): Promise<void> {}

  findVisibleById(): Promise<Programme> {
    return Promise.resolve(Object.assign(new Programme(), this.programme));
  }

  participantMunicipalities(): Promise<string[]> {
    return Promise.resolve(this.livingIn);
  }

  save(programme: Programme): Promise<void> {
    this.saved.push(programme);
    return Promise.resolve();
  }

  getById(): Promise<Programme> {
    return Promise.resolve(this.saved.at(-1) ?? this.programme);
  }

  lockGatheringsOf(): Promise<Gathering[]> {
    return Promise.resolve([]);
  }

  async updateGathering(): Promise<void> {}
}

class FakeMunicipalities implements FakeOf<MunicipalitiesRepository, 'findByCodes'> {
  findByCodes(codes: string[]): Promise<Municipality[]> {
    return Promise.resolve(codes.map(municipality));
  }
}

function setUp(livingIn: string[]) {
  const programmes = new FakeProgrammes(livingIn);
  const transactions = new FakeTransactions()
    .with(ProgrammesRepository, programmes)
    .with(MunicipalitiesRepository, new FakeMunicipalities());
  const service = new ProgrammesService(programmes as unknown as ProgrammesRepository, transactions.asTransactions());
  return { service, programmes };
}

describe('ProgrammesService.update: a programme keeps the municipalities its participants live in', () => {
  it('refuses to leave municipalities with participants, naming them in order, and saves nothing', async () => {
    const { service, programmes } = setUp(['1871', '1870', '1866']);
    const error = await refusal(service.update(ADMIN, 'programme-1', { municipalityCodes: ['1866'] }));
    expect(error).toBeInstanceOf(MunicipalitiesInUseError);
    expect((error as MunicipalitiesInUseError).details).toEqual([
      expect.objectContaining({ field: 'municipalityCodes', params: { codes: ['1870', '1871'] } }),
    ]);
    expect(programmes.saved).toEqual([]);
  });

  it('lets it leave a municipality where nobody lives and take a new one', async () => {
    const { service, programmes } = setUp(['1870']);
    const updated = await service.update(ADMIN, 'programme-1', { municipalityCodes: ['1870', '1851'] });
    expect(updated.municipalities.map((m) => m.code)).toEqual(['1870', '1851']);
    expect(programmes.saved).toHaveLength(1);
  });

  it('refuses an end on or before the start, on the date the change set, and saves nothing', async () => {
    const { service, programmes } = setUp([]);
    const byEnd = await refusal(service.update(ADMIN, 'programme-1', { endDate: '2027-01-15' }));
    expect((byEnd as DatesOutOfOrderError).details.map((d) => d.field)).toEqual(['endDate']);
    const byStart = await refusal(service.update(ADMIN, 'programme-1', { startDate: '2027-08-01' }));
    expect((byStart as DatesOutOfOrderError).details.map((d) => d.field)).toEqual(['startDate']);
    expect(programmes.saved).toEqual([]);
  });
});
