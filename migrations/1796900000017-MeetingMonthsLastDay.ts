import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * meeting_months.last_date: the day of the pair's latest meeting in the month, kept by the same
 * statement-level trigger as the counts. The pairs list reads a pair's last meeting as the latest
 * of its months' rather than probing `meetings` once per pair (10,000 probes at a look). A meeting
 * added can only move it later (GREATEST); one changed or removed re-reads its month's meetings,
 * through the (match_id, date) index, for the months it left.
 */
export class MeetingMonthsLastDay1796900000017 implements MigrationInterface {
  name = 'MeetingMonthsLastDay1796900000017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_months" ADD "last_date" date`);
    await queryRunner.query(`UPDATE meeting_months mm SET last_date = l.last_date
      FROM (SELECT mt.match_id, date_trunc('month', mt.date::timestamp)::date AS month, max(mt.date) AS last_date
              FROM meetings mt GROUP BY 1, 2) l
     WHERE mm.match_id = l.match_id AND mm.month = l.month`);
    await queryRunner.query(`ALTER TABLE "meeting_months" ALTER COLUMN "last_date" SET NOT NULL`);
    await queryRunner.query(countFunction(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(countFunction(false));
    await queryRunner.query(`ALTER TABLE "meeting_months" DROP COLUMN "last_date"`);
  }
}

/** meeting_months_count() of migration MeetingMonths1795565821807, with or without last_date. */
function countFunction(lastDate: boolean): string {
  return `CREATE OR REPLACE FUNCTION meeting_months_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM 1 FROM programmes p
     WHERE p.id IN (SELECT m.programme_id FROM matches m WHERE m.id IN (SELECT match_id FROM old_rows))
       FOR SHARE;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM 1 FROM programmes p
     WHERE p.id IN (SELECT m.programme_id FROM matches m WHERE m.id IN (SELECT match_id FROM new_rows))
       FOR SHARE;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE meeting_months mm
       SET meetings = mm.meetings - o.meetings, minutes = mm.minutes - o.minutes, qualifying = mm.qualifying - o.qualifying
      FROM (SELECT r.match_id, date_trunc('month', r.date::timestamp)::date AS month, count(*)::int AS meetings,
                   sum(r.duration_minutes)::int AS minutes,
                   count(*) FILTER (WHERE r.duration_minutes >= (p.rules->>'minMeetingMinutes')::int)::int AS qualifying
              FROM old_rows r JOIN matches m ON m.id = r.match_id JOIN programmes p ON p.id = m.programme_id
             GROUP BY 1, 2) o
     WHERE mm.match_id = o.match_id AND mm.month = o.month;
    DELETE FROM meeting_months mm WHERE mm.meetings = 0 AND mm.match_id IN (SELECT match_id FROM old_rows);${
      lastDate
        ? `
    -- The months a meeting left keep the latest of the meetings they still have (this statement's
    -- changes are in meetings already; a month that kept none was removed above).
    UPDATE meeting_months mm SET last_date = l.last_date
      FROM (SELECT DISTINCT r.match_id, date_trunc('month', r.date::timestamp)::date AS month FROM old_rows r) o
      CROSS JOIN LATERAL (SELECT max(mt.date) AS last_date FROM meetings mt
                           WHERE mt.match_id = o.match_id AND mt.date >= o.month
                             AND mt.date < (o.month + interval '1 month')::date) l
     WHERE mm.match_id = o.match_id AND mm.month = o.month AND mm.last_date IS DISTINCT FROM l.last_date;`
        : ''
    }
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO meeting_months AS mm (match_id, month, meetings, minutes, qualifying${lastDate ? ', last_date' : ''})
    SELECT r.match_id, date_trunc('month', r.date::timestamp)::date, count(*), sum(r.duration_minutes),
           count(*) FILTER (WHERE r.duration_minutes >= (p.rules->>'minMeetingMinutes')::int)${lastDate ? ', max(r.date)' : ''}
      FROM new_rows r JOIN matches m ON m.id = r.match_id JOIN programmes p ON p.id = m.programme_id
     GROUP BY 1, 2
    ON CONFLICT (match_id, month) DO UPDATE
       SET meetings = mm.meetings + EXCLUDED.meetings, minutes = mm.minutes + EXCLUDED.minutes,
           qualifying = mm.qualifying + EXCLUDED.qualifying${
             lastDate ? ', last_date = GREATEST(mm.last_date, EXCLUDED.last_date)' : ''
           };
  END IF;
  RETURN NULL;
END $$`;
}
