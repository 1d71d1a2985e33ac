import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import type { AttendanceDto, CreateGatheringDto, UpdateGatheringDto } from './dto/gathering.dto.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { Gathering } from './gathering.entity.js';
import { GATHERING_HOURS } from './gathering-schedule.js';
import { Programme } from './programme.entity.js';
import { GatheringEndNotAfterStartError, GatheringTooLongError, UnknownAttendeesError } from './programmes.errors.js';
import { ProgrammesService } from './programmes.service.js';

@Injectable()
export class GatheringsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async findForProgramme(
    actor: Actor,
    programmeId: string,
  ): Promise<{ programme: Programme; gatherings: Gathering[] }> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const gatherings = await this.dataSource.getRepository(Gathering).find({
      where: { programmeId },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    return { programme, gatherings };
  }

  /** A gathering with its programme, or NotFound when the actor does not see the programme. */
  async findVisibleById(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ gathering: Gathering; programme: Programme }> {
    return new ProgrammesRepository(manager).findVisibleGathering(actor, id);
  }

  async create(
    actor: Actor,
    programmeId: string,
    dto: CreateGatheringDto,
  ): Promise<{ gathering: Gathering; programme: Programme }> {
    const programme = await this.programmes.findVisibleById(actor, programmeId);
    const startsAt = new Date(dto.startsAt);
    const endsAt = dto.endsAt
      ? new Date(dto.endsAt)
      : DateTime.fromJSDate(startsAt).plus({ hours: GATHERING_HOURS }).toJSDate();
    checkTimes(startsAt, endsAt);
    const repo = this.dataSource.getRepository(Gathering);
    const gathering = await repo.save(
      repo.create({ programmeId, kind: 'other', title: dto.title, startsAt, endsAt, location: dto.location ?? null }),
    );
    return { gathering, programme };
  }

  async update(
    actor: Actor,
    id: string,
    dto: UpdateGatheringDto,
  ): Promise<{ gathering: Gathering; programme: Programme }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM gatherings WHERE id = $1 FOR UPDATE', [id]);
      const { gathering, programme } = await this.findVisibleById(actor, id, manager);
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : gathering.startsAt;
      const length = gathering.endsAt.getTime() - gathering.startsAt.getTime();
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : new Date(startsAt.getTime() + length);
      checkTimes(startsAt, endsAt);
      const moved =
        startsAt.getTime() !== gathering.startsAt.getTime() || endsAt.getTime() !== gathering.endsAt.getTime();
      await manager.update(
        Gathering,
        { id },
        {
          title: dto.title ?? gathering.title,
          // A title a person wrote is kept as written; the default one is written in each reader's language.
          defaultTitle: gathering.defaultTitle && (dto.title === undefined || dto.title === gathering.title),
          location: dto.location === undefined ? gathering.location : dto.location,
          startsAt,
          endsAt,
          ...(moved ? { sequence: () => 'sequence + 1' } : {}),
        },
      );
      return { gathering: await manager.findOneByOrFail(Gathering, { id }), programme };
    });
  }

  /** The attendees the actor sees: all for admins and leads, their municipalities' share for a coordinator. */
  async attendance(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    await this.findVisibleById(actor, id, manager);
    // What the actor sees of the participants: a coordinator also sees every mentor.
    const rows = await manager.query<{ id: string }[]>(
      `SELECT p.id FROM gathering_attendance ga JOIN participants p ON p.id = ga.participant_id
        WHERE ga.gathering_id = $1 AND ($2::boolean OR p.municipality_code = ANY($3) OR p.role = 'mentor')
        ORDER BY p.id`,
      [id, seesAllMunicipalities(actor), actor.municipalityCodes],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Replaces the attendance list within what the actor may change: a coordinator's call sets
   * their municipalities' participants and leaves every other municipality's rows as they were.
   */
  async setAttendance(actor: Actor, id: string, dto: AttendanceDto): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM gatherings WHERE id = $1 FOR UPDATE', [id]);
      const { programme } = await this.findVisibleById(actor, id, manager);
      const all = seesAllMunicipalities(actor);
      const known = await manager.query<{ id: string }[]>(
        `SELECT id FROM participants WHERE programme_id = $1 AND id = ANY($2::uuid[]) AND ($3::boolean OR municipality_code = ANY($4))`,
        [programme.id, dto.participantIds, all, actor.municipalityCodes],
      );
      const knownIds = new Set(known.map((r) => r.id));
      const strangers = dto.participantIds.filter((pid) => !knownIds.has(pid));
      if (strangers.length) {
        throw new UnknownAttendeesError(strangers);
      }
      await manager.query(
        `DELETE FROM gathering_attendance ga USING participants p
          WHERE ga.gathering_id = $1 AND p.id = ga.participant_id AND ($2::boolean OR p.municipality_code = ANY($3))`,
        [id, all, actor.municipalityCodes],
      );
      if (dto.participantIds.length) {
        await manager.query(
          `INSERT INTO gathering_attendance (gathering_id, participant_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [id, dto.participantIds],
        );
      }
      return this.attendance(actor, id, manager);
    });
  }
}

/** The longest a gathering may last. */
const MAX_GATHERING_DAYS = 7;

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw new GatheringEndNotAfterStartError();
  if (endsAt.getTime() - startsAt.getTime() > MAX_GATHERING_DAYS * 24 * 3600_000) {
    throw new GatheringTooLongError(MAX_GATHERING_DAYS);
  }
}
