import { EMPLOYMENT_STATUSES, GENDERS } from '../participants/participant-fields.js';
import type { ProgrammeStats } from '../stats/programme-stats.js';
import { UNKNOWN, UNSPECIFIED, WORK_OR_EDUCATION } from '../stats/programme-stats.js';
import type { SurveyResultResponse } from '../surveys/dto/survey.dto.js';
import { FOLLOWUP_MONTHS, HELPED_ANSWERS } from '../surveys/survey-questions.js';

/** Age bands of the report, by age in the programme's first year (birthYear is all we keep). */
export const AGE_BANDS = ['under_25', '25_34', '35_44', '45_54', '55_plus', UNKNOWN] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthYear: number | null, year: number): AgeBand {
  if (birthYear === null) return UNKNOWN;
  const age = year - birthYear;
  if (age < 25) return 'under_25';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

export const GENDER_KEYS = [...GENDERS, UNSPECIFIED] as const;
export const EMPLOYMENT_KEYS = [...EMPLOYMENT_STATUSES, UNKNOWN] as const;

export type RoleCounts = { mentors: number; mentees: number };
export type EmploymentRow = Record<(typeof EMPLOYMENT_KEYS)[number], number>;

/** The figures of the funder report: who took part, what they did, and what came of it. */
export interface FunderReport {
  programmeId: string;
  programmeName: string;
  startDate: string;
  endDate: string;
  asOf: string;
  participants: {
    mentors: number;
    mentees: number;
    byGender: Record<(typeof GENDER_KEYS)[number], RoleCounts>;
    byAgeBand: Record<AgeBand, RoleCounts>;
    /** Mentees by residence category. */
    byCategory: ProgrammeStats['participants']['byCategory'];
    byMunicipality: ProgrammeStats['participants']['byMunicipality'];
  };
  pairs: { started: number; completed: number; endedEarly: number };
  meetings: { count: number; hours: number };
  gatherings: { kind: string; startsAt: string; invited: number; attended: number }[];
  surveys: { kind: string; sent: number; answered: number; progress: number | null; usefulness: number | null }[];
  /**
   * Mentees' employment: at the start (every mentee), at the end (as recorded when their last
   * pair ended), and 3, 6 and 12 months after, as they answered the follow-up surveys.
   */
  employment: { when: string; counts: EmploymentRow; answered: number; inWorkOrEducation: number }[];
  /** Mentees' latest answer to "did the programme help you into work or education?". */
  helped: Record<(typeof HELPED_ANSWERS)[number], number>;
}

export interface ReportRows {
  people: { role: 'mentor' | 'mentee'; gender: string | null; birthYear: number | null; n: number }[];
  followupEmployment: { months: number; value: string; n: number }[];
  helped: { value: string; n: number }[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function roleZeros<K extends string>(keys: readonly K[]): Record<K, RoleCounts> {
  return Object.fromEntries(keys.map((k) => [k, { mentors: 0, mentees: 0 }])) as Record<K, RoleCounts>;
}

function employmentRow(when: string, counts: EmploymentRow): FunderReport['employment'][number] {
  const answered = EMPLOYMENT_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const inWorkOrEducation = WORK_OR_EDUCATION.reduce((sum, s) => sum + counts[s as keyof EmploymentRow], 0);
  return { when, counts, answered, inWorkOrEducation };
}

export function funderReport(
  programme: { id: string; name: string; startDate: string; endDate: string },
  stats: ProgrammeStats,
  surveys: SurveyResultResponse[],
  rows: ReportRows,
): FunderReport {
  const year = Number(programme.startDate.slice(0, 4));
  const byGender = roleZeros(GENDER_KEYS);
  const byAgeBand = roleZeros(AGE_BANDS);
  for (const p of rows.people) {
    const key = p.role === 'mentor' ? 'mentors' : 'mentees';
    const gender = (GENDERS as readonly string[]).includes(p.gender ?? '')
      ? (p.gender as (typeof GENDERS)[number])
      : UNSPECIFIED;
    byGender[gender][key] += p.n;
    byAgeBand[ageBand(p.birthYear, year)][key] += p.n;
  }
  const after = (months: number): EmploymentRow => {
    const counts = zeros(EMPLOYMENT_KEYS);
    for (const r of rows.followupEmployment.filter((x) => x.months === months)) {
      counts[r.value as keyof EmploymentRow] += r.n;
    }
    return counts;
  };
  const helped = zeros(HELPED_ANSWERS);
  for (const r of rows.helped) helped[r.value as keyof typeof helped] += r.n;
  const mean = (s: SurveyResultResponse, key: string) => s.questions.find((q) => q.key === key)?.mean ?? null;
  return {
    programmeId: programme.id,
    programmeName: programme.name,
    startDate: programme.startDate,
    endDate: programme.endDate,
    asOf: stats.asOf,
    participants: {
      mentors: stats.participants.mentors,
      mentees: stats.participants.mentees,
      byGender,
      byAgeBand,
      byCategory: stats.participants.byCategory,
      byMunicipality: stats.participants.byMunicipality,
    },
    pairs: {
      started: stats.matches.approved + stats.matches.completed + stats.matches.ended,
      completed: stats.matches.completed,
      endedEarly: stats.matches.ended,
    },
    meetings: { count: stats.meetings.count, hours: Math.round((stats.meetings.minutes / 60) * 10) / 10 },
    gatherings: stats.gatherings.map((g) => ({
      kind: g.kind,
      startsAt: g.startsAt,
      invited: g.invited,
      attended: g.attended,
    })),
    surveys: surveys.map((s) => ({
      kind: s.kind,
      sent: s.sent,
      answered: s.answered,
      progress: mean(s, 'progress'),
      usefulness: mean(s, 'usefulness'),
    })),
    employment: [
      employmentRow('start', stats.employment.atStart),
      employmentRow('end', stats.employment.atEnd),
      ...FOLLOWUP_MONTHS.map((m) => employmentRow(`${m}_months`, after(m))),
    ],
    helped,
  };
}
