import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { seesAllMunicipalities, type Actor } from '../common/access/actor.js';
import { Transactions } from '../database/transactions.js';
import type { AttendanceDto, CreateGatheringDto, UpdateGatheringDto } from './dto/gathering.dto.js';
import type { Gathering } from './gathering.entity.js';
import { GATHERING_HOURS } from './gathering-schedule.js';
import type { Programme } from './programme.entity.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { GatheringEndNotAfterStartError, GatheringTooLongError, UnknownAttendeesError } from './programmes.errors.js';

@Injectable()
export class GatheringsService {
  constructor(
    private readonly repository: ProgrammesRepository,
    private readonly transactions: Transactions,
  ) {}

  async findForProgramme(
    actor: Actor,
    programmeId: string,
  ): Promise<{ programme: Programme; gatherings: Gathering[] }> {
    const programme = await this.repository.findVisibleById(actor, programmeId);
    const gatherings = await this.repository.gatheringsOf(programmeId);
    return { programme, gatherings };
  }

  /** A gathering with its programme, or NotFound when the actor does not see the programme. */
  findVisibleById(actor: Actor, id: string): Promise<{ gathering: Gathering; programme: Programme }> {
    return this.repository.findVisibleGathering(actor, id);
  }

  async create(
    actor: Actor,
    programmeId: string,
    dto: CreateGatheringDto,
  ): Promise<{ gathering: Gathering; programme: Programme }> {
    const programme = await this.repository.findVisibleById(actor, programmeId);
    const startsAt = new Date(dto.startsAt);
    const endsAt = dto.endsAt
      ? new Date(dto.endsAt)
      : DateTime.fromJSDate(startsAt).plus({ hours: GATHERING_HOURS }).toJSDate();
    checkTimes(startsAt, endsAt);
    const gathering = await this.repository.insertGathering({
      programmeId,
      kind: 'other',
      title: dto.title,
      startsAt,
      endsAt,
      location: dto.location ?? null,
    });
    return { gathering, programme };
  }

  async update(
    actor: Actor,
    id: string,
    dto: UpdateGatheringDto,
  ): Promise<{ gathering: Gathering; programme: Programme }> {
    return this.transactions.run(async (tx) => {
      const programmes = tx.get(ProgrammesRepository);
      await programmes.lockGathering(id);
      const { gathering, programme } = await programmes.findVisibleGathering(actor, id);
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : gathering.startsAt;
      const length = gathering.endsAt.getTime() - gathering.startsAt.getTime();
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : new Date(startsAt.getTime() + length);
      checkTimes(startsAt, endsAt);
      const moved =
        startsAt.getTime() !== gathering.startsAt.getTime() || endsAt.getTime() !== gathering.endsAt.getTime();
      await programmes.updateGathering(
        id,
        {
          title: dto.title ?? gathering.title,
          // A title a person wrote is kept as written; the default one is written in each reader's language.
          defaultTitle: gathering.defaultTitle && (dto.title === undefined || dto.title === gathering.title),
          location: dto.location === undefined ? gathering.location : dto.location,
          startsAt,
          endsAt,
        },
        moved,
      );
      return { gathering: await programmes.getGathering(id), programme };
    });
  }

  /** The attendees the actor sees: all for admins and leads, their municipalities' share for a coordinator. */
  attendance(actor: Actor, id: string): Promise<string[]> {
    return attendanceSeen(this.repository, actor, id);
  }

  /**
   * Replaces the attendance list within what the actor may change: a coordinator's call sets
   * their municipalities' participants and leaves every other municipality's rows as they were.
   */
  async setAttendance(actor: Actor, id: string, dto: AttendanceDto): Promise<string[]> {
    return this.transactions.run(async (tx) => {
      const programmes = tx.get(ProgrammesRepository);
      await programmes.lockGathering(id);
      const { programme } = await programmes.findVisibleGathering(actor, id);
      const all = seesAllMunicipalities(actor);
      const knownIds = await programmes.participantsAmong(
        programme.id,
        dto.participantIds,
        all,
        actor.municipalityCodes,
      );
      const strangers = dto.participantIds.filter((pid) => !knownIds.has(pid));
      if (strangers.length) {
        throw new UnknownAttendeesError(strangers);
      }
      await programmes.replaceAttendance(id, dto.participantIds, all, actor.municipalityCodes);
      return attendanceSeen(programmes, actor, id);
    });
  }
}

async function attendanceSeen(programmes: ProgrammesRepository, actor: Actor, id: string): Promise<string[]> {
  await programmes.findVisibleGathering(actor, id);
  // What the actor sees of the participants: a coordinator also sees every mentor.
  return programmes.attendeesSeen(id, seesAllMunicipalities(actor), actor.municipalityCodes);
}

/** The longest a gathering may last. */
const MAX_GATHERING_DAYS = 7;

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw new GatheringEndNotAfterStartError();
  if (endsAt.getTime() - startsAt.getTime() > MAX_GATHERING_DAYS * 24 * 3600_000) {
    throw new GatheringTooLongError(MAX_GATHERING_DAYS);
  }
}
