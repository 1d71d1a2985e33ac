import type { DataSource } from 'typeorm';

/*
 * Rows written straight with SQL, for the tests that hold the SQL of the sweep and the stats equal
 * to the month rule over many random programmes (through the API they would take minutes). Only
 * the columns those tests vary; the rest get plain valid values.
 */

export interface ProgrammeRow {
  start: string;
  end: string;
  timezone: string;
  minMeetingsPerMonth: number;
  minMeetingMinutes: number;
  midMonthReminderDay?: number;
  /** The programme's exemptMonths; none when left out (the API's default is [7]). */
  exemptMonths?: number[];
}

export async function insertProgramme(db: DataSource, p: ProgrammeRow): Promise<string> {
  const rules = {
    minMeetingsPerMonth: p.minMeetingsPerMonth,
    minMeetingMinutes: p.minMeetingMinutes,
    maxDistanceKm: 100,
    weights: { profession: 0.5, language: 0.3, location: 0.2 },
    midMonthReminderDay: p.midMonthReminderDay ?? 15,
    exemptMonths: p.exemptMonths ?? [],
  };
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO programmes (name, start_date, end_date, timezone, rules) VALUES ('p', $1, $2, $3, $4) RETURNING id`,
    [p.start, p.end, p.timezone, JSON.stringify(rules)],
  );
  return id;
}

/** A mentor and a mentee of the programme, in Sortland, and their pair as given. */
export async function insertPair(
  db: DataSource,
  programmeId: string,
  pair: { key: string; status: string; startsOn: string | null; endedOn?: string | null },
): Promise<string> {
  const person = async (role: string) =>
    (
      await db.query<{ id: string }[]>(
        `INSERT INTO participants (programme_id, role, name, email, municipality_code, preferred_language, languages, profession_code)
         VALUES ($1, $2, 'X', $3, '1870', 'nb', '[]', '2221') RETURNING id`,
        [programmeId, role, `${role}-${pair.key}@example.org`],
      )
    )[0].id;
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO matches (programme_id, mentor_id, mentee_id, status, score, breakdown, decided_at, starts_on, ended_on)
     VALUES ($1, $2, $3, $4, 0.5, '{}', $5, $6, $7) RETURNING id`,
    [
      programmeId,
      await person('mentor'),
      await person('mentee'),
      pair.status,
      pair.status === 'proposed' ? null : new Date(),
      pair.startsOn,
      pair.endedOn ?? null,
    ],
  );
  return id;
}

export async function insertMeetings(
  db: DataSource,
  matchId: string,
  meetings: readonly { date: string; durationMinutes: number }[],
): Promise<void> {
  if (meetings.length === 0) return;
  await db.query(
    `INSERT INTO meetings (match_id, date, duration_minutes, source)
     SELECT $1, m.date, m.duration, 'api' FROM unnest($2::date[], $3::int[]) AS m(date, duration)`,
    [matchId, meetings.map((m) => m.date), meetings.map((m) => m.durationMinutes)],
  );
}

/** The pair's pauses (first and last day), as the pauses endpoint stores them. */
export async function insertPauses(
  db: DataSource,
  matchId: string,
  pauses: readonly { from: string; to: string }[],
): Promise<void> {
  if (pauses.length === 0) return;
  await db.query(
    `INSERT INTO match_pauses (match_id, from_date, to_date, reason)
     SELECT $1, p.from_date, p.to_date, 'other' FROM unnest($2::date[], $3::date[]) AS p(from_date, to_date)`,
    [matchId, pauses.map((p) => p.from), pauses.map((p) => p.to)],
  );
}
