import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { holdsMunicipality, seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { assertMayChange } from '../common/access/scope.js';
import type { ErrorDetail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import { validateAs } from '../common/validation.js';
import { AlreadyErasedError } from '../privacy/privacy.errors.js';
import type { Programme } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { CreateParticipantDto, type UpdateParticipantDto } from './dto/participant.dto.js';
import type { ScreeningDto } from './dto/screening.dto.js';
import { parseParticipantsCsv } from './participant-csv.js';
import { Participant } from './participant.entity.js';
import {
  DuplicateParticipantEmailError,
  ScreeningForMenteeError,
  ScreeningInFutureError,
  HiddenConflictError,
  emailEarlierInFile,
  emailInProgramme,
  outsideOwnMunicipalities,
  outsideProgrammeMunicipalities,
} from './participants.errors.js';
import {
  NO_PAIRS,
  ParticipantsRepository,
  type ParticipantFilter,
  type StandingParticipant,
} from './participants.repository.js';

/** A refused row of an import: the column to fix (`field`), the full path of what is wrong, its code and params. */
export type ImportRowError = ErrorDetail & { row: number; field: string; path: string };

export interface ImportResult {
  created: number;
  errors: ImportRowError[];
}

function rowError(row: number, error: ErrorDetail): ImportRowError {
  const path = error.field ?? '';
  return {
    row,
    field: path.split('.')[0],
    path,
    code: error.code,
    params: error.params,
    message: error.message,
  } as ImportRowError;
}

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
    private readonly repository: ParticipantsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A new participant; nobody is paired with them yet. `waitingSince`: a mentee's wait for a mentor
   * that began before they joined (a newcomer of the register enrolled).
   */
  async register(
    actor: Actor,
    programmeId: string,
    dto: CreateParticipantDto,
    options: { waitingSince?: string } = {},
  ): Promise<StandingParticipant> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.lockedProgramme(actor, programmeId, manager);
      const errors = placementErrors(actor, programme, dto);
      if (errors.length) throw new InvalidInputError(errors);
      const row = { ...toRow(programmeId, dto), waitingSince: options.waitingSince ?? null };
      const [stored] = await insertNew(manager, [row]);
      if (!stored) throw await this.duplicateEmail(actor, programmeId, dto.email, manager);
      const participant = await manager.findOneByOrFail(Participant, { id: stored.id });
      await this.audit.participants(actor, 'participant.create', [participant], new Tx(manager));
      return { participant, standing: NO_PAIRS };
    });
  }

  /**
   * The programme, share-locked for the transaction: a change of its municipalities (which takes
   * the row for update) waits, so no participant lands in a municipality the programme just left.
   */
  private async lockedProgramme(actor: Actor, programmeId: string, manager: EntityManager): Promise<Programme> {
    await manager.query('SELECT 1 FROM programmes WHERE id = $1 FOR SHARE', [programmeId]);
    return this.programmes.findVisibleById(actor, programmeId, manager);
  }

  /**
   * Imports rows of CSV with the validation of the JSON endpoint, row by row. Rows with errors
   * are reported and not stored; the good rows are stored together in one transaction, so a
   * crash stores none of them and the same file can simply be sent again.
   */
  async import(actor: Actor, programmeId: string, csv: string): Promise<ImportResult> {
    await this.programmes.findVisibleById(actor, programmeId);
    const rows = parseParticipantsCsv(csv);
    const errors: ImportRowError[] = [];
    const good: { row: number; dto: CreateParticipantDto }[] = [];
    const firstRowOfEmail = new Map<string, number>();
    for (const { row, body } of rows) {
      const { value, errors: shape } = await validateAs(CreateParticipantDto, body);
      const rowErrors: ErrorDetail[] = [...shape];
      const email = typeof value.email === 'string' ? value.email : undefined;
      const earlier = email === undefined ? undefined : firstRowOfEmail.get(email);
      if (earlier !== undefined) rowErrors.push(emailEarlierInFile(earlier));
      else if (email) firstRowOfEmail.set(email, row);
      if (rowErrors.length) errors.push(...rowErrors.map((e) => rowError(row, e)));
      else good.push({ row, dto: value });
    }
    const created = await this.dataSource.transaction(async (manager) => {
      const programme = await this.lockedProgramme(actor, programmeId, manager);
      const placed = good.filter(({ row, dto }) => {
        const placement = placementErrors(actor, programme, dto);
        errors.push(...placement.map((e) => rowError(row, e)));
        return placement.length === 0;
      });
      // Emails already in the programme (also ones a concurrent request just stored) are row errors.
      const rows = placed.map(({ dto }) => toRow(programmeId, dto));
      const inserted = await insertNew(manager, rows);
      const stored = new Set(inserted.map((r) => r.email));
      for (const { row, dto } of placed) {
        if (!stored.has(dto.email)) errors.push(rowError(row, emailInProgramme()));
      }
      const codeOf = new Map(placed.map(({ dto }) => [dto.email, dto.municipalityCode]));
      await this.audit.participants(
        actor,
        'participant.import',
        inserted.map((r) => ({ id: r.id, programmeId, municipalityCode: codeOf.get(r.email)! })),
        new Tx(manager),
      );
      return stored.size;
    });
    errors.sort((a, b) => a.row - b.row);
    return { created, errors };
  }

  /**
   * The participants of a programme the actor sees, filtered, ordered and paged, and how many match
   * in all. Audited: one row per person on the page, written in one statement.
   */
  async findForProgramme(
    actor: Actor,
    programmeId: string,
    filter: ParticipantFilter,
  ): Promise<{ participants: StandingParticipant[]; total: number }> {
    await this.programmes.findVisibleById(actor, programmeId);
    const page = await this.repository.findPage(actor, programmeId, filter);
    await this.audit.participants(
      actor,
      'participant.list',
      page.participants.map((p) => p.participant),
    );
    return page;
  }

  /**
   * The ids of these participants whose contact details (email, phone) and gender the actor may
   * see: everyone for admins and leads; for a coordinator the people of their municipalities and
   * the mentors who are or were paired with one of their mentees.
   */
  async withContact(actor: Actor, participants: readonly Participant[]): Promise<Set<string>> {
    if (seesAllMunicipalities(actor)) return new Set(participants.map((p) => p.id));
    const visible = new Set(participants.filter((p) => holdsMunicipality(actor, p.municipalityCode)).map((p) => p.id));
    const others = participants.filter((p) => !visible.has(p.id) && p.role === 'mentor').map((p) => p.id);
    if (others.length) {
      const rows = await this.dataSource.query<{ id: string }[]>(
        `SELECT DISTINCT m.mentor_id AS id FROM matches m JOIN participants mentee ON mentee.id = m.mentee_id
          WHERE m.mentor_id = ANY($1) AND m.starts_on IS NOT NULL AND mentee.municipality_code = ANY($2)`,
        [others, actor.municipalityCodes],
      );
      for (const row of rows) visible.add(row.id);
    }
    return visible;
  }

  /** A participant the actor sees, with their standing in the pairs. Audited as a read of the record. */
  async findVisibleWithStanding(actor: Actor, id: string): Promise<StandingParticipant> {
    const participant = await this.findVisibleById(actor, id);
    const standing = await this.repository.standingOf(id);
    await this.audit.participants(actor, 'participant.read', [participant]);
    return { participant, standing };
  }

  async findVisibleById(actor: Actor, id: string, manager?: EntityManager): Promise<Participant> {
    return (manager ? new ParticipantsRepository(manager) : this.repository).findVisibleById(actor, id);
  }

  /** Applies the change and checks the merged participant as a new registration would be checked. */
  async update(actor: Actor, id: string, dto: UpdateParticipantDto): Promise<StandingParticipant> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [id]);
      const current = await this.findVisibleById(actor, id, manager);
      assertMayChange(actor, current.municipalityCode, 'Participant');
      if (current.erasedAt) throw new AlreadyErasedError();
      const merged: Record<string, unknown> = { ...toBody(current) };
      for (const [key, value] of Object.entries(dto)) {
        if (value === null) delete merged[key];
        else if (value !== undefined) merged[key] = value;
      }
      const { value, errors } = await validateAs(CreateParticipantDto, merged);
      if (errors.length) throw new InvalidInputError(errors);
      const programme = await this.lockedProgramme(actor, current.programmeId, manager);
      const placement = placementErrors(actor, programme, value);
      if (placement.length) throw new InvalidInputError(placement);
      if (value.email !== current.email && (await this.takenEmails(manager, current.programmeId, [value.email])).size) {
        throw await this.duplicateEmail(actor, current.programmeId, value.email, manager);
      }
      await manager.update(Participant, { id }, toRow(current.programmeId, value));
      const participant = await manager.findOneByOrFail(Participant, { id });
      await this.audit.participants(actor, 'participant.update', [participant], new Tx(manager));
      return { participant, standing: await new ParticipantsRepository(manager).standingOf(id) };
    });
  }

  /**
   * Records a mentor's screening: the day their police certificate was seen and the day they signed
   * the confidentiality declaration, as a whole (a date left out is cleared). Same access as a change.
   */
  async putScreening(actor: Actor, id: string, dto: ScreeningDto): Promise<StandingParticipant> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM participants WHERE id = $1 FOR UPDATE', [id]);
      const current = await this.findVisibleById(actor, id, manager);
      assertMayChange(actor, current.municipalityCode, 'Participant');
      if (current.role !== 'mentor') {
        throw new ScreeningForMenteeError(
          dto.confidentialitySignedOn && !dto.policeCertificateSeenOn
            ? 'confidentialitySignedOn'
            : 'policeCertificateSeenOn',
        );
      }
      const programme = await this.lockedProgramme(actor, current.programmeId, manager);
      const today = DateTime.fromJSDate(this.clock.now(), { zone: programme.timezone }).toISODate()!;
      const future = (['policeCertificateSeenOn', 'confidentialitySignedOn'] as const).filter(
        (field) => (dto[field] ?? '') > today,
      );
      if (future.length) throw new ScreeningInFutureError(future, today);
      await manager.update(
        Participant,
        { id },
        {
          policeCertificateSeenOn: dto.policeCertificateSeenOn ?? null,
          confidentialitySignedOn: dto.confidentialitySignedOn ?? null,
        },
      );
      const participant = await manager.findOneByOrFail(Participant, { id });
      await this.audit.participants(actor, 'participant.update', [participant], new Tx(manager));
      return { participant, standing: await new ParticipantsRepository(manager).standingOf(id) };
    });
  }

  /**
   * The refusal of an email another participant of the programme has. When that person lies outside
   * the coordinator's municipalities, saying so would tell that they take part: the answer is a bare
   * conflict, and the attempt is audited (participant.conflict, naming the person it met).
   */
  private async duplicateEmail(
    actor: Actor,
    programmeId: string,
    email: string,
    manager: EntityManager,
  ): Promise<ConflictError> {
    const other = await manager.findOneBy(Participant, { programmeId, email });
    if (!other || holdsMunicipality(actor, other.municipalityCode)) return new DuplicateParticipantEmailError();
    // Outside the transaction of the refused change: the row stays although the change rolls back.
    await this.audit.participants(actor, 'participant.conflict', [other]);
    return new HiddenConflictError();
  }

  private async takenEmails(manager: EntityManager, programmeId: string, emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows = await manager.query<{ email: string }[]>(
      'SELECT email FROM participants WHERE programme_id = $1 AND email = ANY($2)',
      [programmeId, emails],
    );
    return new Set(rows.map((r) => r.email));
  }
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters at 15 columns a row. */
const INSERT_CHUNK = 1000;

/** Inserts the rows whose email is new to the programme; answers the ones stored. */
async function insertNew(
  manager: EntityManager,
  rows: Partial<Participant>[],
): Promise<{ id: string; email: string }[]> {
  const stored: { id: string; email: string }[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Participant)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .orIgnore()
      .returning(['id', 'email'])
      .execute();
    stored.push(...(result.raw as { id: string; email: string }[]));
  }
  return stored;
}

/** Where the participant may be placed: a municipality of the programme that the actor holds. */
function placementErrors(actor: Actor, programme: Programme, dto: CreateParticipantDto): ErrorDetail[] {
  const codes = programme.municipalities.map((m) => m.code).sort();
  if (!codes.includes(dto.municipalityCode)) return [outsideProgrammeMunicipalities(codes)];
  if (!holdsMunicipality(actor, dto.municipalityCode)) return [outsideOwnMunicipalities(actor.municipalityCodes)];
  return [];
}

function toRow(programmeId: string, dto: CreateParticipantDto): Partial<Participant> {
  return {
    programmeId,
    role: dto.role,
    name: dto.name,
    email: dto.email,
    phone: dto.phone ?? null,
    municipalityCode: dto.municipalityCode,
    preferredLanguage: dto.preferredLanguage,
    languages: dto.languages.map((l) => ({ code: l.code, level: l.level })),
    professionCode: dto.professionCode,
    desiredProfessionCode: dto.desiredProfessionCode ?? null,
    capacity: dto.role === 'mentor' ? (dto.capacity ?? 1) : 1,
    category: dto.category ?? null,
    gender: dto.gender ?? null,
    wantsSameGender: dto.wantsSameGender ?? false,
    employmentStatusAtStart: dto.employmentStatusAtStart ?? null,
    birthYear: dto.birthYear ?? null,
  };
}

/** A stored participant as the body that would register it, for re-validation after a change. */
function toBody(p: Participant): Record<string, unknown> {
  const body: Record<string, unknown> = {
    role: p.role,
    name: p.name,
    email: p.email,
    municipalityCode: p.municipalityCode,
    preferredLanguage: p.preferredLanguage,
    languages: p.languages,
    professionCode: p.professionCode,
  };
  if (p.phone !== null) body.phone = p.phone;
  if (p.desiredProfessionCode !== null) body.desiredProfessionCode = p.desiredProfessionCode;
  if (p.role === 'mentor') body.capacity = p.capacity;
  if (p.category !== null) body.category = p.category;
  if (p.gender !== null) body.gender = p.gender;
  if (p.role === 'mentee' && p.wantsSameGender) body.wantsSameGender = true;
  if (p.employmentStatusAtStart !== null) body.employmentStatusAtStart = p.employmentStatusAtStart;
  if (p.birthYear !== null) body.birthYear = p.birthYear;
  return body;
}
