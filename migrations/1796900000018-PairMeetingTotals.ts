import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pair_meeting_totals: each pair's meeting_months in one row (its months as one text, its minutes,
 * its latest meeting), kept by statement-level triggers on meeting_months, so whatever writes the
 * months (a meeting logged, changed or removed; a new minimum length) the row follows in the same
 * transaction. The pairs list reads 10,000 rows by key instead of grouping 80,000 months.
 *
 * Two writers of one pair's months at once (two meetings in two months, each its own row of
 * meeting_months) must not each store the months as their own snapshot saw them. So the trigger
 * first takes each pair's row lock (creating the row if need be), in key order, and only then, in
 * a statement of its own, reads the months: under READ COMMITTED that statement sees what the
 * writer it waited for committed; under REPEATABLE READ the wait ends in a serialization failure,
 * which the client retries, as PostgreSQL prescribes.
 */
export class PairMeetingTotals1796900000018 implements MigrationInterface {
  name = 'PairMeetingTotals1796900000018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pair_meeting_totals" ("match_id" uuid NOT NULL, "counts" text NOT NULL, "minutes" integer NOT NULL, "last_date" date NOT NULL, CONSTRAINT "PK_25a2b0da3e3c7c6eac57ee97d91" PRIMARY KEY ("match_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "pair_meeting_totals" ADD CONSTRAINT "FK_25a2b0da3e3c7c6eac57ee97d91" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION pair_meeting_totals_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pairs uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT match_id) INTO pairs FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT match_id) INTO pairs FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT match_id) INTO pairs FROM (SELECT match_id FROM new_rows UNION SELECT match_id FROM old_rows) r;
  END IF;
  IF pairs IS NULL THEN
    RETURN NULL;
  END IF;
  -- Each pair's row locked (made, for a pair's first meeting), in key order; a pair being removed
  -- takes its row with it (ON DELETE CASCADE) and is left out.
  INSERT INTO pair_meeting_totals AS t (match_id, counts, minutes, last_date)
  SELECT m.id, '', 0, DATE '2000-01-01' FROM matches m WHERE m.id = ANY (pairs) ORDER BY m.id
  ON CONFLICT (match_id) DO UPDATE SET counts = t.counts;
  UPDATE pair_meeting_totals t
     SET counts = a.counts, minutes = a.minutes, last_date = a.last_date
    FROM (${totalsOf('mm.match_id = ANY (pairs)')}) a
   WHERE t.match_id = a.match_id;
  DELETE FROM pair_meeting_totals t
   WHERE t.match_id = ANY (pairs) AND NOT EXISTS (SELECT 1 FROM meeting_months mm WHERE mm.match_id = t.match_id);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER meeting_months_totals_insert AFTER INSERT ON meeting_months
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pair_meeting_totals_sync()`);
    await queryRunner.query(`CREATE TRIGGER meeting_months_totals_update AFTER UPDATE ON meeting_months
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pair_meeting_totals_sync()`);
    await queryRunner.query(`CREATE TRIGGER meeting_months_totals_delete AFTER DELETE ON meeting_months
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pair_meeting_totals_sync()`);
    await queryRunner.query(`INSERT INTO pair_meeting_totals (match_id, counts, minutes, last_date)
      ${totalsOf('TRUE')}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER meeting_months_totals_delete ON meeting_months`);
    await queryRunner.query(`DROP TRIGGER meeting_months_totals_update ON meeting_months`);
    await queryRunner.query(`DROP TRIGGER meeting_months_totals_insert ON meeting_months`);
    await queryRunner.query(`DROP FUNCTION pair_meeting_totals_sync()`);
    await queryRunner.query(`ALTER TABLE "pair_meeting_totals" DROP CONSTRAINT "FK_25a2b0da3e3c7c6eac57ee97d91"`);
    await queryRunner.query(`DROP TABLE "pair_meeting_totals"`);
  }
}

/** Each pair's totals row, from its meeting_months rows that match `where`: what the trigger writes and the migration fills in. */
function totalsOf(where: string): string {
  return `SELECT mm.match_id,
         string_agg((date_part('year', mm.month)::int * 12 + date_part('month', mm.month)::int - 1)
                    || ' ' || mm.qualifying || ' ' || mm.meetings, ',' ORDER BY mm.month) AS counts,
         sum(mm.minutes)::int AS minutes, max(mm.last_date) AS last_date
    FROM meeting_months mm WHERE ${where} GROUP BY mm.match_id`;
}
