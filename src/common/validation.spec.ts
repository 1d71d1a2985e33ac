import { readdirSync } from 'node:fs';
import { getMetadataStorage } from 'class-validator';
import { AttendanceDto, CreateGatheringDto } from '../programmes/dto/gathering.dto.js';
import { CreateMeetingDto } from '../meetings/dto/meeting.dto.js';
import { CreateMunicipalityDto } from '../municipalities/dto/municipality.dto.js';
import { ParticipantQueryDto } from '../participants/dto/participant-query.dto.js';
import { CreateParticipantDto, UpdateParticipantDto } from '../participants/dto/participant.dto.js';
import { CreateProgrammeDto } from '../programmes/dto/programme.dto.js';
import { ERROR_CODES, type ErrorDetail } from './error-codes.js';
import { CODED_RULES, validateAs } from './validation.js';

/** Rules that decide whether others run, and fail nothing themselves. */
const NOT_RULES = new Set(['conditionalValidation']);

const mentor = (over: Record<string, unknown> = {}) => ({
  role: 'mentor',
  name: 'Kari Nordmann',
  email: 'kari@example.org',
  municipalityCode: '1870',
  preferredLanguage: 'nb',
  languages: [{ code: 'nb', level: 'native' }],
  professionCode: '2221',
  ...over,
});

async function errorsOf(
  cls: new () => object,
  body: unknown,
): Promise<Pick<ErrorDetail, 'field' | 'code' | 'params'>[]> {
  const { errors } = await validateAs(cls, body);
  return errors.map(({ field, code, params }) => ({ field, code, params }));
}

describe('every rule of every DTO has a code', () => {
  it('maps each class-validator rule the DTOs use to a code, not the fallback', async () => {
    const root = new URL('..', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /(^|\/)dto\/[^/]+\.ts$/.test(f) || f.endsWith('.dto.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    const rules = new Map<string, string>();
    for (const file of files) {
      const module = (await import(`../${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'function') continue;
        for (const m of getMetadataStorage().getTargetValidationMetadatas(value, '', true, false)) {
          if (!NOT_RULES.has(m.type)) rules.set(m.name ?? m.type, `${name}.${m.propertyName}`);
        }
      }
    }
    expect(rules.size).toBeGreaterThan(20);
    expect([...rules].filter(([rule]) => !CODED_RULES.has(rule))).toEqual([]);
  });
});

describe('the code and params of a validation error', () => {
  it('names the full path, the rule and the numbers or choices of its declaration', async () => {
    expect(
      await errorsOf(
        CreateParticipantDto,
        mentor({
          name: '',
          email: 'kari',
          phone: 'call me',
          municipalityCode: '187',
          preferredLanguage: 'xx',
          languages: [
            { code: 'nb', level: 'native' },
            { code: 'en', level: 'B9' },
          ],
          professionCode: '9999',
          capacity: 11,
          category: 'refugee',
          religion: 'x',
        }),
      ),
    ).toEqual([
      { field: 'religion', code: 'not_whitelisted', params: {} },
      { field: 'name', code: 'too_short', params: { min: 1 } },
      { field: 'email', code: 'must_be_email', params: {} },
      { field: 'phone', code: 'must_be_phone_number', params: {} },
      { field: 'municipalityCode', code: 'must_be_municipality_code', params: {} },
      { field: 'preferredLanguage', code: 'must_be_language_code', params: {} },
      {
        field: 'languages.1.level',
        code: 'must_be_one_of',
        params: { allowed: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] },
      },
      { field: 'professionCode', code: 'must_be_profession_code', params: {} },
      { field: 'capacity', code: 'out_of_range', params: { min: 1, max: 10 } },
      { field: 'category', code: 'only_for_role', params: { role: 'mentee' } },
    ]);
  });

  it('says a missing field once, as required', async () => {
    const body = mentor();
    delete (body as Partial<typeof body>).email;
    expect(await errorsOf(CreateParticipantDto, body)).toEqual([{ field: 'email', code: 'required', params: {} }]);
    expect(await errorsOf(CreateParticipantDto, mentor({ role: 'mentee', wantsSameGender: true }))).toEqual([
      { field: 'gender', code: 'required', params: {} },
    ]);
  });

  it('codes lists: too few, too many, repeated, and each item', async () => {
    expect(await errorsOf(CreateParticipantDto, mentor({ languages: [] }))).toEqual([
      { field: 'languages', code: 'too_few_items', params: { min: 1 } },
    ]);
    expect(
      await errorsOf(
        CreateParticipantDto,
        mentor({
          languages: [
            { code: 'nb', level: 'B1' },
            { code: 'nb', level: 'C1' },
          ],
        }),
      ),
    ).toEqual([{ field: 'languages', code: 'duplicate', params: {} }]);
    expect(await errorsOf(AttendanceDto, { participantIds: ['x'] })).toEqual([
      { field: 'participantIds', code: 'must_be_uuid', params: {} },
    ]);
    const many = Array.from({ length: 401 }, (_, i) => String(1000 + i));
    expect(await errorsOf(CreateProgrammeDto, { name: 'P', startDate: '2027-01-15', municipalityCodes: many })).toEqual(
      [{ field: 'municipalityCodes', code: 'too_many_items', params: { max: 400 } }],
    );
  });

  it('codes nested rules with their path, and ranges from both bounds', async () => {
    expect(
      await errorsOf(CreateProgrammeDto, {
        name: 'P',
        startDate: '2027-02-30',
        municipalityCodes: ['1870'],
        timezone: 'Mars/Olympus',
        rules: { minMeetingsPerMonth: 1.5, weights: { profession: -1 } },
      }),
    ).toEqual([
      { field: 'startDate', code: 'must_be_date', params: {} },
      { field: 'timezone', code: 'must_be_time_zone', params: {} },
      { field: 'rules.minMeetingsPerMonth', code: 'must_be_integer', params: {} },
      { field: 'rules.weights.profession', code: 'out_of_range', params: { min: 0, max: 100 } },
    ]);
    expect(
      await errorsOf(CreateProgrammeDto, {
        name: 'P',
        startDate: '2027-01-15',
        municipalityCodes: ['1870'],
        rules: 'x',
      }),
    ).toEqual([
      // Two sentences today ("rules must be an object", "rules must be either object or array"), one code.
      { field: 'rules', code: 'must_be_object', params: {} },
      { field: 'rules', code: 'must_be_object', params: {} },
    ]);
    expect(await errorsOf(CreateMunicipalityDto, { code: '9100', name: 'T', county: 'N', lat: 91, lon: 14 })).toEqual([
      { field: 'lat', code: 'out_of_range', params: { min: -90, max: 90 } },
    ]);
  });

  it('gives rules that share one sentence one entry, with the code of the rule that says most', async () => {
    const { errors } = await validateAs(CreateMeetingDto, { date: '2027-02-10', durationMinutes: 'abc' });
    expect(errors).toEqual([
      {
        field: 'durationMinutes',
        code: 'must_be_integer',
        params: {},
        message: 'durationMinutes must be a whole number of minutes from 15 to 600',
      },
    ]);
    expect(await errorsOf(CreateMeetingDto, { date: '2027-02-10', durationMinutes: 5 })).toEqual([
      { field: 'durationMinutes', code: 'out_of_range', params: { min: 15, max: 600 } },
    ]);
  });

  it('codes text, type and time rules, and the rules of a query and of a PATCH body', async () => {
    expect(
      await errorsOf(CreateGatheringDto, { title: 'x'.repeat(201), startsAt: '2027-04-20', kind: 'party' }),
    ).toEqual([
      { field: 'kind', code: 'must_be_one_of', params: { allowed: ['other'] } },
      { field: 'title', code: 'too_long', params: { max: 200 } },
      { field: 'startsAt', code: 'must_be_instant', params: {} },
    ]);
    expect(await errorsOf(ParticipantQueryDto, { hasMentor: 'yes', limit: 501, sort: 'age', q: 7 })).toEqual([
      { field: 'hasMentor', code: 'must_be_boolean', params: {} },
      { field: 'q', code: 'too_long', params: { max: 200 } },
      { field: 'q', code: 'must_be_string', params: {} },
      {
        field: 'sort',
        code: 'must_be_one_of',
        params: { allowed: ['name', '-name', 'municipality', '-municipality', 'createdAt', '-createdAt'] },
      },
      { field: 'limit', code: 'out_of_range', params: { min: 1, max: 500 } },
    ]);
    expect(await errorsOf(UpdateParticipantDto, { capacity: 0 })).toEqual([
      { field: 'capacity', code: 'out_of_range', params: { min: 1, max: 10 } },
    ]);
  });

  it('codes input refused before any rule: NUL characters, too deep, no object', async () => {
    expect(await errorsOf(CreateParticipantDto, mentor({ name: 'Kari\u0000' }))).toEqual([
      { field: 'name', code: 'must_not_contain_nul', params: {} },
    ]);
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = { a: deep };
    expect((await errorsOf(CreateParticipantDto, mentor({ extra: deep })))[0]).toMatchObject({
      code: 'too_deeply_nested',
      params: { maxDepth: 16 },
    });
    expect(await errorsOf(CreateParticipantDto, [mentor()])).toEqual([
      { field: 'body', code: 'must_be_object', params: {} },
    ]);
  });

  it('keeps every sentence as it was, one detail per sentence', async () => {
    const { errors } = await validateAs(CreateParticipantDto, mentor({ capacity: 11, category: 'refugee' }));
    expect(errors.map((e) => e.message)).toEqual([
      'capacity must not be greater than 10',
      'category is only for mentees',
    ]);
  });
});

describe('ERROR_CODES', () => {
  it('names each code in snake case, and its English sentence uses exactly its params', () => {
    for (const [code, { params, en }] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      const used = new Set([...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      used.delete('field');
      expect({ code, params: [...used].sort() }).toEqual({ code, params: Object.keys(params).sort() });
    }
  });
});
