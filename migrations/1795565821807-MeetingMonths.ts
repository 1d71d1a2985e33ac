import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * meeting_months: each pair's meetings counted by calendar month, for the stats. Kept equal to an
 * aggregate of `meetings` by statement-level triggers (one grouped statement per insert, update or
 * delete, however many rows it touches), and recounted for a programme whose minimum meeting
 * length changes. Filled from the meetings already logged.
 */
export class MeetingMonths1795565821807 implements MigrationInterface {
  name = 'MeetingMonths1795565821807';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_months" ("match_id" uuid NOT NULL, "month" date NOT NULL, "meetings" integer NOT NULL, "minutes" integer NOT NULL, "qualifying" integer NOT NULL, CONSTRAINT "PK_fce2575d5def6d576d73d6b2510" PRIMARY KEY ("match_id", "month"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_months" ADD CONSTRAINT "FK_3f2248974234db77e3b7749a09d" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Each count first holds its programmes FOR SHARE: a change of the programme's rules (which
    // recounts, below) waits for it, and it waits for such a change, so no meeting is ever counted
    // under a minimum length that a recount has already replaced.
    await queryRunner.query(`CREATE FUNCTION meeting_months_count() RETURNS trigger LANGUAGE plpgsql AS $$
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
    DELETE FROM meeting_months mm WHERE mm.meetings = 0 AND mm.match_id IN (SELECT match_id FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO meeting_months AS mm (match_id, month, meetings, minutes, qualifying)
    SELECT r.match_id, date_trunc('month', r.date::timestamp)::date, count(*), sum(r.duration_minutes),
           count(*) FILTER (WHERE r.duration_minutes >= (p.rules->>'minMeetingMinutes')::int)
      FROM new_rows r JOIN matches m ON m.id = r.match_id JOIN programmes p ON p.id = m.programme_id
     GROUP BY 1, 2
    ON CONFLICT (match_id, month) DO UPDATE
       SET meetings = mm.meetings + EXCLUDED.meetings, minutes = mm.minutes + EXCLUDED.minutes,
           qualifying = mm.qualifying + EXCLUDED.qualifying;
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER meetings_counted_insert AFTER INSERT ON meetings
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_months_count()`);
    await queryRunner.query(`CREATE TRIGGER meetings_counted_update AFTER UPDATE ON meetings
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_months_count()`);
    await queryRunner.query(`CREATE TRIGGER meetings_counted_delete AFTER DELETE ON meetings
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_months_count()`);
    // A new minimum length recounts the programme's qualifying meetings. The update holds the
    // programme's row, so every count of its meetings (above) waits until the recount is committed.
    await queryRunner.query(`CREATE FUNCTION meeting_months_requalify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meeting_months mm SET qualifying = q.qualifying
    FROM (SELECT mt.match_id, date_trunc('month', mt.date::timestamp)::date AS month,
                 count(*) FILTER (WHERE mt.duration_minutes >= (NEW.rules->>'minMeetingMinutes')::int)::int AS qualifying
            FROM meetings mt JOIN matches m ON m.id = mt.match_id
           WHERE m.programme_id = NEW.id
           GROUP BY 1, 2) q
   WHERE mm.match_id = q.match_id AND mm.month = q.month;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER programmes_requalify_meetings AFTER UPDATE OF rules ON programmes
      FOR EACH ROW WHEN ((OLD.rules->>'minMeetingMinutes') IS DISTINCT FROM (NEW.rules->>'minMeetingMinutes'))
      EXECUTE FUNCTION meeting_months_requalify()`);
    await queryRunner.query(`INSERT INTO meeting_months (match_id, month, meetings, minutes, qualifying)
      SELECT mt.match_id, date_trunc('month', mt.date::timestamp)::date, count(*), sum(mt.duration_minutes),
             count(*) FILTER (WHERE mt.duration_minutes >= (p.rules->>'minMeetingMinutes')::int)
        FROM meetings mt JOIN matches m ON m.id = mt.match_id JOIN programmes p ON p.id = m.programme_id
       GROUP BY 1, 2`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER programmes_requalify_meetings ON programmes`);
    await queryRunner.query(`DROP FUNCTION meeting_months_requalify()`);
    await queryRunner.query(`DROP TRIGGER meetings_counted_delete ON meetings`);
    await queryRunner.query(`DROP TRIGGER meetings_counted_update ON meetings`);
    await queryRunner.query(`DROP TRIGGER meetings_counted_insert ON meetings`);
    await queryRunner.query(`DROP FUNCTION meeting_months_count()`);
    await queryRunner.query(`ALTER TABLE "meeting_months" DROP CONSTRAINT "FK_3f2248974234db77e3b7749a09d"`);
    await queryRunner.query(`DROP TABLE "meeting_months"`);
  }
}
