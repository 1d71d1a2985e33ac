import { MATCH_STATUSES, type MatchStatus } from '../matching/match.entity.js';
import { localDate } from '../meetings/month-requirement.js';
import { EMPLOYMENT_STATUSES, MENTEE_CATEGORIES } from '../participants/participant-fields.js';
import type { Programme } from '../programmes/programme.entity.js';
import type { StatsRows } from './stats.repository.js';

/*
 * The stats of a programme, folded from the grouped counts of StatsRepository. No counting over
 * rows happens here: each input row is already a count, and this only puts them in their places,
 * adds zeros for what nobody is in (a category nobody reached is a figure too) and divides.
 */

/** A mentee without a recorded category. */
export const UNSPECIFIED = 'unspecified';
/** A mentee without a recorded employment status. */
export const UNKNOWN = 'unknown';
/** Statuses counted as "in work or education". */
export const WORK_OR_EDUCATION: readonly string[] = ['education', 'part_time', 'full_time'];

export type CategoryCounts = Record<(typeof MENTEE_CATEGORIES)[number] | typeof UNSPECIFIED, number>;
export type EmploymentCounts = Record<(typeof EMPLOYMENT_STATUSES)[number] | typeof UNKNOWN, number>;

export interface MunicipalityCounts {
  name: string;
  mentors: number;
  mentees: number;
}

export interface ParticipantFigures {
  mentors: number;
  mentees: number;
  /** Mentees by category, every category listed. */
  byCategory: CategoryCounts;
  /** Participants by their municipality's code: the programme's municipalities (in the share) and any other a participant lives in. */
  byMunicipality: Record<string, MunicipalityCounts>;
}

export interface ComplianceMonth {
  month: string;
  activePairs: number;
  pairsMeetingMinimum: number;
  rate: number | null;
  closed: boolean;
}

export interface GatheringFigures {
  id: string;
  kind: string;
  startsAt: string;
  invited: number;
  attended: number;
  rate: number | null;
}

export interface WorkOrEducation {
  /** Mentees whose pair is over, with a status recorded both at the start and at the end. */
  mentees: number;
  atStart: number;
  atEnd: number;
  rateAtStart: number | null;
  rateAtEnd: number | null;
}

export interface EmploymentFigures {
  /** Every mentee, by status when they joined. */
  atStart: EmploymentCounts;
  /** Every mentee whose pair is over (and who has no active pair), by status when it ended. */
  atEnd: EmploymentCounts;
  inWorkOrEducation: WorkOrEducation;
}

export interface ProgrammeStats {
  programmeId: string;
  /** Today in the programme's time zone: the figures are as of this day. */
  asOf: string;
  /** Whose share: the programme's municipalities, or those of them a coordinator holds. */
  municipalityCodes: string[];
  participants: ParticipantFigures;
  matches: Record<MatchStatus, number>;
  meetings: { count: number; minutes: number };
  compliance: ComplianceMonth[];
  gatherings: GatheringFigures[];
  completionRate: number | null;
  employment: EmploymentFigures;
}

/** numerator ÷ denominator to 4 decimals; null when there is nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function employmentCounts(): EmploymentCounts {
  return zeros([...EMPLOYMENT_STATUSES, UNKNOWN]);
}

const inWork = (status: string | null): boolean => status !== null && WORK_OR_EDUCATION.includes(status);

export function emptyStatsRows(): StatsRows {
  return { participants: [], matches: [], employmentAtEnd: [], compliance: [], gatherings: [] };
}

/** Groups each kind of row by programme id, so many programmes are folded from one read. */
export function splitByProgramme(rows: StatsRows): Map<string, StatsRows> {
  const split = new Map<string, StatsRows>();
  const of = (id: string): StatsRows => {
    let entry = split.get(id);
    if (!entry) {
      entry = emptyStatsRows();
      split.set(id, entry);
    }
    return entry;
  };
  for (const key of Object.keys(rows) as (keyof StatsRows)[]) {
    for (const row of rows[key]) (of(row.programmeId)[key] as unknown[]).push(row);
  }
  return split;
}

/**
 * The figures of one programme from its rows. `municipalityCodes` is the share (null: the whole
 * programme).
 */
export function programmeStats(
  programme: Programme,
  rows: StatsRows,
  municipalityCodes: string[] | null,
  now: Date,
): ProgrammeStats {
  const names = new Map(programme.municipalities.map((m) => [m.code, m.name]));
  const shareCodes = programme.municipalities
    .map((m) => m.code)
    .filter((code) => municipalityCodes === null || municipalityCodes.includes(code))
    .sort();

  const participants: ParticipantFigures = {
    mentors: 0,
    mentees: 0,
    byCategory: zeros([...MENTEE_CATEGORIES, UNSPECIFIED]),
    byMunicipality: {},
  };
  const byMunicipality = new Map<string, MunicipalityCounts>(
    shareCodes.map((code) => [code, { name: names.get(code) ?? code, mentors: 0, mentees: 0 }]),
  );
  const atStart = employmentCounts();
  for (const row of rows.participants) {
    let place = byMunicipality.get(row.municipalityCode);
    if (!place) {
      place = { name: row.municipalityName, mentors: 0, mentees: 0 };
      byMunicipality.set(row.municipalityCode, place);
    }
    if (row.role === 'mentor') {
      participants.mentors += row.n;
      place.mentors += row.n;
    } else {
      participants.mentees += row.n;
      place.mentees += row.n;
      participants.byCategory[(row.category ?? UNSPECIFIED) as keyof CategoryCounts] += row.n;
      atStart[(row.employment ?? UNKNOWN) as keyof EmploymentCounts] += row.n;
    }
  }
  for (const code of [...byMunicipality.keys()].sort()) participants.byMunicipality[code] = byMunicipality.get(code)!;

  const matches = zeros(MATCH_STATUSES);
  for (const row of rows.matches) matches[row.status as MatchStatus] += row.n;
  const started = matches.approved + matches.completed + matches.ended;

  const atEnd = employmentCounts();
  const work: WorkOrEducation = { mentees: 0, atStart: 0, atEnd: 0, rateAtStart: null, rateAtEnd: null };
  for (const row of rows.employmentAtEnd) {
    atEnd[(row.atEnd ?? UNKNOWN) as keyof EmploymentCounts] += row.n;
    if (row.atStart === null || row.atEnd === null) continue;
    work.mentees += row.n;
    if (inWork(row.atStart)) work.atStart += row.n;
    if (inWork(row.atEnd)) work.atEnd += row.n;
  }
  work.rateAtStart = rate(work.atStart, work.mentees);
  work.rateAtEnd = rate(work.atEnd, work.mentees);

  const compliance = rows.compliance[0];
  return {
    programmeId: programme.id,
    asOf: localDate(now, programme.timezone),
    municipalityCodes: shareCodes,
    participants,
    matches,
    meetings: { count: compliance?.meetings ?? 0, minutes: Number(compliance?.minutes ?? 0) },
    compliance: (compliance?.months ?? []).map((c) => ({
      month: c.month,
      activePairs: c.activePairs,
      pairsMeetingMinimum: c.pairsMeetingMinimum,
      rate: rate(c.pairsMeetingMinimum, c.activePairs),
      closed: c.closed,
    })),
    gatherings: rows.gatherings.map((g) => ({
      id: g.id,
      kind: g.kind,
      startsAt: g.startsAt.toISOString(),
      invited: g.invited,
      attended: g.attended,
      rate: g.held ? rate(g.attended, g.invited) : null,
    })),
    completionRate: rate(matches.completed, started),
    employment: { atStart, atEnd, inWorkOrEducation: work },
  };
}

/** One programme's line in GET /stats: its figures, and the three rates a lead compares. */
export interface ProgrammeSummary extends ProgrammeStats {
  name: string;
  startDate: string;
  endDate: string;
  /** Pairs meeting the minimum ÷ active pairs, over the closed months. */
  complianceRate: number | null;
  /** Attended ÷ invited, over the gatherings held so far. */
  attendanceRate: number | null;
}

export function programmeSummary(programme: Programme, stats: ProgrammeStats): ProgrammeSummary {
  const closed = stats.compliance.filter((c) => c.closed);
  const held = stats.gatherings.filter((g) => g.rate !== null);
  const sum = <T>(items: T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);
  return {
    ...stats,
    name: programme.name,
    startDate: programme.startDate,
    endDate: programme.endDate,
    complianceRate: rate(
      sum(closed, (c) => c.pairsMeetingMinimum),
      sum(closed, (c) => c.activePairs),
    ),
    attendanceRate: rate(
      sum(held, (g) => g.attended),
      sum(held, (g) => g.invited),
    ),
  };
}
