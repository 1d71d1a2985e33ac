import { Injectable } from '@nestjs/common';
import { holdsMunicipality, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { CreateThemeEveningDto, EventAttendanceDto, UpdateThemeEveningDto } from './dto/theme-evening.dto.js';
import type { ThemeEvening } from './theme-evening.entity.js';
import {
  EveningEndNotAfterStartError,
  EveningTooLongError,
  MAX_EVENING_HOURS,
  UnknownEveningAttendeesError,
} from './theme-evenings.errors.js';
import { ThemeEveningsRepository } from './theme-evenings.repository.js';

/** An evening with what the console shows beside it. */
export interface EveningView {
  evening: ThemeEvening;
  attendance: { newcomerIds: string[]; participantIds: string[] };
  /** Those invited to the current version (cancelled invitations left out). */
  invitees: { newcomerIds: string[]; participantIds: string[] };
}

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw new EveningEndNotAfterStartError();
  if (endsAt.getTime() - startsAt.getTime() > MAX_EVENING_HOURS * 3600_000) throw new EveningTooLongError();
}

@Injectable()
export class ThemeEveningsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: ThemeEveningsRepository,
    private readonly municipalities: MunicipalitiesService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the evening and, in the same transaction, the outbox rows of its invitations; they are
   * queued after the commit (a crash between the two leaves them pending, and the daily sweep
   * queues every pending email).
   */
  async create(actor: Actor, code: string, dto: CreateThemeEveningDto): Promise<EveningView> {
    await this.municipalities.findHeld(actor, code);
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    checkTimes(startsAt, endsAt);
    const { id, invitations } = await this.transactions.run(async (tx) => {
      const evenings = tx.get(ThemeEveningsRepository);
      const evening = await evenings.insert({
        municipalityCode: code,
        theme: dto.theme,
        title: dto.title,
        startsAt,
        endsAt,
        location: dto.location,
        partners: dto.partners.map((p) => ({ organisation: p.organisation, contact: p.contact ?? null })),
      });
      return { id: evening.id, invitations: await evenings.decideInvitations(this.clock.now(), evening.id) };
    });
    await this.mail.enqueue(invitations);
    return this.view(id);
  }

  async list(actor: Actor, code: string): Promise<EveningView[]> {
    await this.municipalities.findHeld(actor, code);
    return this.views(await this.repository.findByMunicipality(code));
  }

  async findVisible(actor: Actor, id: string): Promise<EveningView> {
    const evening = await this.repository.findById(id);
    if (!evening || !holdsMunicipality(actor, evening.municipalityCode)) throw new NotFoundError('Theme evening');
    return (await this.views([evening]))[0];
  }

  /**
   * Changes the evening. A new time or place is a new version (the sequence rises) and is sent to
   * every invitee again; a new title, theme or partners alone sends nothing.
   */
  async update(actor: Actor, id: string, dto: UpdateThemeEveningDto): Promise<EveningView> {
    const invitations = await this.transactions.run(async (tx) => {
      const evenings = tx.get(ThemeEveningsRepository);
      const evening = await evenings.findForUpdate(id);
      if (!evening || !holdsMunicipality(actor, evening.municipalityCode)) throw new NotFoundError('Theme evening');
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : evening.startsAt;
      const length = evening.endsAt.getTime() - evening.startsAt.getTime();
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : new Date(startsAt.getTime() + length);
      checkTimes(startsAt, endsAt);
      const location = dto.location ?? evening.location;
      const moved =
        startsAt.getTime() !== evening.startsAt.getTime() ||
        endsAt.getTime() !== evening.endsAt.getTime() ||
        location !== evening.location;
      await evenings.update(
        id,
        {
          theme: dto.theme ?? evening.theme,
          title: dto.title ?? evening.title,
          startsAt,
          endsAt,
          location,
          partners: dto.partners
            ? dto.partners.map((p) => ({ organisation: p.organisation, contact: p.contact ?? null }))
            : evening.partners,
        },
        moved,
      );
      return moved ? evenings.decideInvitations(this.clock.now(), id) : [];
    });
    await this.mail.enqueue(invitations);
    return this.view(id);
  }

  /** Replaces the evening's attendance; every id must be a newcomer or a participant of its municipality. */
  async setAttendance(actor: Actor, id: string, dto: EventAttendanceDto): Promise<EveningView> {
    await this.transactions.run(async (tx) => {
      const evenings = tx.get(ThemeEveningsRepository);
      const evening = await evenings.findForUpdate(id);
      if (!evening || !holdsMunicipality(actor, evening.municipalityCode)) throw new NotFoundError('Theme evening');
      const newcomers = await evenings.newcomersOf(evening.municipalityCode, dto.newcomerIds);
      const participants = await evenings.participantsOf(evening.municipalityCode, dto.participantIds);
      const strangeNewcomers = dto.newcomerIds.filter((n) => !newcomers.has(n));
      const strangeParticipants = dto.participantIds.filter((p) => !participants.has(p));
      if (strangeNewcomers.length || strangeParticipants.length) {
        throw new UnknownEveningAttendeesError(strangeNewcomers, strangeParticipants);
      }
      await evenings.replaceAttendance(id, dto.newcomerIds, dto.participantIds);
    });
    return this.view(id);
  }

  /** The sweep's part: invitations of every upcoming evening not yet decided (new invitees too). */
  decideDueInvitations(asOf: Date): Promise<string[]> {
    return this.repository.decideInvitations(asOf, null);
  }

  private async view(id: string): Promise<EveningView> {
    const evening = await this.repository.findById(id);
    if (!evening) throw new NotFoundError('Theme evening');
    return (await this.views([evening]))[0];
  }

  private async views(evenings: ThemeEvening[]): Promise<EveningView[]> {
    const ids = evenings.map((e) => e.id);
    const [attendance, invitees] = await Promise.all([this.repository.attendance(ids), this.repository.invitees(ids)]);
    return evenings.map((evening) => ({
      evening,
      attendance: attendance.get(evening.id) ?? { newcomerIds: [], participantIds: [] },
      invitees: invitees.get(evening.id) ?? { newcomerIds: [], participantIds: [] },
    }));
  }
}
