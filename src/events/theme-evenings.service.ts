import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { holdsMunicipality, type Actor } from '../common/access/actor.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { MailService } from '../mail/mail.service.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { CreateThemeEveningDto, EventAttendanceDto, UpdateThemeEveningDto } from './dto/theme-evening.dto.js';
import { ThemeEvening } from './theme-evening.entity.js';
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
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const { id, invitations } = await this.dataSource.transaction(async (manager) => {
      const evening = await manager.save(
        manager.create(ThemeEvening, {
          municipalityCode: code,
          theme: dto.theme,
          title: dto.title,
          startsAt,
          endsAt,
          location: dto.location,
          partners: dto.partners.map((p) => ({ organisation: p.organisation, contact: p.contact ?? null })),
        }),
      );
      return {
        id: evening.id,
        invitations: await this.repository.decideInvitations(this.clock.now(), evening.id, manager),
      };
    });
    await this.mail.enqueue(invitations);
    return this.view(id);
  }

  async list(actor: Actor, code: string): Promise<EveningView[]> {
    await this.municipalities.findHeld(actor, code);
    const evenings = await this.dataSource
      .getRepository(ThemeEvening)
      .find({ where: { municipalityCode: code }, order: { startsAt: 'DESC', id: 'ASC' } });
    return this.views(evenings);
  }

  async findVisible(actor: Actor, id: string): Promise<EveningView> {
    const evening = await this.dataSource.getRepository(ThemeEvening).findOneBy({ id });
    if (!evening || !holdsMunicipality(actor, evening.municipalityCode)) throw new NotFoundError('Theme evening');
    return (await this.views([evening]))[0];
  }

  /**
   * Changes the evening. A new time or place is a new version (the sequence rises) and is sent to
   * every invitee again; a new title, theme or partners alone sends nothing.
   */
  async update(actor: Actor, id: string, dto: UpdateThemeEveningDto): Promise<EveningView> {
    const invitations = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM theme_evenings WHERE id = $1 FOR UPDATE', [id]);
      const evening = await manager.findOneBy(ThemeEvening, { id });
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
      await manager.update(
        ThemeEvening,
        { id },
        {
          theme: dto.theme ?? evening.theme,
          title: dto.title ?? evening.title,
          startsAt,
          endsAt,
          location,
          partners: dto.partners
            ? dto.partners.map((p) => ({ organisation: p.organisation, contact: p.contact ?? null }))
            : evening.partners,
          ...(moved ? { sequence: () => 'sequence + 1' } : {}),
        },
      );
      return moved ? this.repository.decideInvitations(this.clock.now(), id, manager) : [];
    });
    await this.mail.enqueue(invitations);
    return this.view(id);
  }

  /** Replaces the evening's attendance; every id must be a newcomer or a participant of its municipality. */
  async setAttendance(actor: Actor, id: string, dto: EventAttendanceDto): Promise<EveningView> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM theme_evenings WHERE id = $1 FOR UPDATE', [id]);
      const evening = await manager.findOneBy(ThemeEvening, { id });
      if (!evening || !holdsMunicipality(actor, evening.municipalityCode)) throw new NotFoundError('Theme evening');
      const newcomers = await this.repository.newcomersOf(manager, evening.municipalityCode, dto.newcomerIds);
      const participants = await this.repository.participantsOf(manager, evening.municipalityCode, dto.participantIds);
      const strangeNewcomers = dto.newcomerIds.filter((n) => !newcomers.has(n));
      const strangeParticipants = dto.participantIds.filter((p) => !participants.has(p));
      if (strangeNewcomers.length || strangeParticipants.length) {
        throw new UnknownEveningAttendeesError(strangeNewcomers, strangeParticipants);
      }
      await this.repository.replaceAttendance(manager, id, dto.newcomerIds, dto.participantIds);
    });
    return this.view(id);
  }

  /** The sweep's part: invitations of every upcoming evening not yet decided (new invitees too). */
  decideDueInvitations(asOf: Date): Promise<string[]> {
    return this.repository.decideInvitations(asOf, null);
  }

  private async view(id: string): Promise<EveningView> {
    const evening = await this.dataSource.getRepository(ThemeEvening).findOneByOrFail({ id });
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
