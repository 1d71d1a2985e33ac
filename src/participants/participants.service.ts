import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { holdsMunicipality, seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { assertMayChange } from '../common/access/scope.js';
import type { ErrorDetail } from '../common/error-codes.js';
import { ConflictError, InvalidInputError } from '../common/errors.js';
import { validateAs } from '../common/validation.js';
import { Transactions, type Tx } from '../database/transactions.js';
import { AlreadyErasedError } from '../privacy/privacy.errors.js';
import type { Programme } from '../programmes/programme.entity.js';
import { ProgrammesRepository } from '../programmes/programmes.repository.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { CreateParticipantDto, type UpdateParticipantDto } from './dto/participant.dto.js';
import type { ScreeningDto } from './dto/screening.dto.js';
import { parseParticipantsCsv } from './participant-csv.js';
import type { Participant } from './participant.entity.js';
import {
  DuplicateParticipantEmailError,
  ScreeningForMenteeError,
  ScreeningInFutureError,
  HiddenConflictError,
  emailEarlierInFile,
  emailInProgramme,
  hiddenConflict,
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
    private readonly transactions: Transactions,
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
    return this.transactions.run((tx) => this.registerIn(tx, actor, programmeId, dto, options));
  }

  /** `register` within the caller's transaction, so what the caller writes next commits with it or not at all. */
  async registerIn(
    tx: Tx,
    actor: Actor,
    programmeId: string,
    dto: CreateParticipantDto,
    options: { waitingSince?: string } = {},
  ): Promise<StandingParticipant> {
    const participants = tx.get(ParticipantsRepository);
    const programme = await lockedProgramme(tx, actor, programmeId);
    const errors = placementErrors(actor, programme, dto);
    if (errors.length) throw new InvalidInputError(errors);
    const row = { ...toRow(programmeId, dto), waitingSince: options.waitingSince ?? null };
    const [stored] = await participants.insertNew([row]);
    if (!stored) throw await this.duplicateEmail(actor, programmeId, dto.email, participants);
    const participant = await participants.getById(stored.id);
    await this.audit.participants(actor, 'participant.create', [participant], tx);
    return { participant, standing: NO_PAIRS };
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
    const created = await this.transactions.run(async (tx) => {
      const programme = await lockedProgramme(tx, actor, programmeId);
      const placed = good.filter(({ row, dto }) => {
        const placement = placementErrors(actor, programme, dto);
        errors.push(...placement.map((e) => rowError(row, e)));
        return placement.length === 0;
      });
      // Emails already in the programme (also ones a concurrent request just stored) are row errors.
      const rows = placed.map(({ dto }) => toRow(programmeId, dto));
      const participants = tx.get(ParticipantsRepository);
      const inserted = await participants.insertNew(rows);
      const stored = new Set(inserted.map((r) => r.email));
      // A row whose email a person outside the caller's municipalities holds is refused without
      // saying why, as a single registration is (minimisation), and the attempt is audited.
      const refused = placed.filter(({ dto }) => !stored.has(dto.email));
      const holders = new Map(
        (
          await participants.findByEmails(
            programmeId,
            refused.map(({ dto }) => dto.email),
          )
        ).map((p) => [p.email, p]),
      );
      const hidden: Participant[] = [];
      for (const { row, dto } of refused) {
        const holder = holders.get(dto.email);
        if (holder && !holdsMunicipality(actor, holder.municipalityCode)) {
          hidden.push(holder);
          errors.push(rowError(row, hiddenConflict()));
        } else {
          errors.push(rowError(row, emailInProgramme()));
        }
      }
      await this.audit.participants(actor, 'participant.conflict', hidden, tx);
      const codeOf = new Map(placed.map(({ dto }) => [dto.email, dto.municipalityCode]));
      await this.audit.participants(
        actor,
        'participant.import',
        inserted.map((r) => ({ id: r.id, programmeId, municipalityCode: codeOf.get(r.email)! })),
        tx,
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
      for (const id of await this.repository.mentorsPairedIn(others, actor.municipalityCodes)) visible.add(id);
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

  /** A participant the actor sees, outside a transaction; inside one, `tx.get(ParticipantsRepository)`. */
  findVisibleById(actor: Actor, id: string): Promise<Participant> {
    return this.repository.findVisibleById(actor, id);
  }

  /** Applies the change and checks the merged participant as a new registration would be checked. */
  async update(actor: Actor, id: string, dto: UpdateParticipantDto): Promise<StandingParticipant> {
    return this.transactions.run(async (tx) => {
      const participants = tx.get(ParticipantsRepository);
      await participants.lockForUpdate(id);
      const current = await participants.findVisibleById(actor, id);
      assertMayChange(actor, current.municipalityCode, 'Participant');
      if (current.erasedAt) throw new AlreadyErasedError();
      const merged: Record<string, unknown> = { ...toBody(current) };
      for (const [key, value] of Object.entries(dto)) {
        if (value === null) delete merged[key];
        else if (value !== undefined) merged[key] = value;
      }
      const { value, errors } = await validateAs(CreateParticipantDto, merged);
      if (errors.length) throw new InvalidInputError(errors);
      const programme = await lockedProgramme(tx, actor, current.programmeId);
      const placement = placementErrors(actor, programme, value);
      if (placement.length) throw new InvalidInputError(placement);
      if (value.email !== current.email && (await participants.takenEmails(current.programmeId, [value.email])).size) {
        throw await this.duplicateEmail(actor, current.programmeId, value.email, participants);
      }
      await participants.update(id, toRow(current.programmeId, value));
      const participant = await participants.getById(id);
      await this.audit.participants(actor, 'participant.update', [participant], tx);
      return { participant, standing: await participants.standingOf(id) };
    });
  }

  /**
   * Records a mentor's screening: the day their police certificate was seen and the day they signed
   * the confidentiality declaration, as a whole (a date left out is cleared). Same access as a change.
   */
  async putScreening(actor: Actor, id: string, dto: ScreeningDto): Promise<StandingParticipant> {
    return this.transactions.run(async (tx) => {
      const participants = tx.get(ParticipantsRepository);
      await participants.lockForUpdate(id);
      const current = await participants.findVisibleById(actor, id);
      assertMayChange(actor, current.municipalityCode, 'Participant');
      if (current.role !== 'mentor') {
        throw new ScreeningForMenteeError(
          dto.confidentialitySignedOn && !dto.policeCertificateSeenOn
            ? 'confidentialitySignedOn'
            : 'policeCertificateSeenOn',
        );
      }
      const programme = await lockedProgramme(tx, actor, current.programmeId);
      const today = DateTime.fromJSDate(this.clock.now(), { zone: programme.timezone }).toISODate()!;
      const future = (['policeCertificateSeenOn', 'confidentialitySignedOn'] as const).filter(
        (field) => (dto[field] ?? '') > today,
      );
      if (future.length) throw new ScreeningInFutureError(future, today);
      await participants.update(id, {
        policeCertificateSeenOn: dto.policeCertificateSeenOn ?? null,
        confidentialitySignedOn: dto.confidentialitySignedOn ?? null,
      });
      const participant = await participants.getById(id);
      await this.audit.participants(actor, 'participant.update', [participant], tx);
      return { participant, standing: await participants.standingOf(id) };
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
    participants: ParticipantsRepository,
  ): Promise<ConflictError> {
    const other = await participants.findByEmail(programmeId, email);
    if (!other || holdsMunicipality(actor, other.municipalityCode)) return new DuplicateParticipantEmailError();
    // Outside the transaction of the refused change: the row stays although the change rolls back.
    await this.audit.participants(actor, 'participant.conflict', [other]);
    return new HiddenConflictError();
  }
}

/**
 * The programme, share-locked for the transaction: a change of its municipalities (which takes
 * the row for update) waits, so no participant lands in a municipality the programme just left.
 */
async function lockedProgramme(tx: Tx, actor: Actor, programmeId: string): Promise<Programme> {
  const programmes = tx.get(ProgrammesRepository);
  await programmes.shareLock(programmeId);
  return programmes.findVisibleById(actor, programmeId);
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
