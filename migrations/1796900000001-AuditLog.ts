import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: one row per read or change of a person's record, per match decision and per
 * login, holding ids and codes only (never a name, an email or free text).
 *
 * It is append-only in the database itself. A trigger refuses every UPDATE, and every DELETE but
 * the one way out: rows past their retention, removed by `audit_purge(before)`. That function
 * (SECURITY DEFINER, so it works the same whoever calls it) refuses a `before` newer than the
 * retention floor of 12 months (the least AUDIT_RETENTION_MONTHS allows), then sets the
 * transaction-local `mentornett.audit_purge_before` and deletes what lies before it. The trigger
 * does not trust that setting blindly: it lets a DELETE through only for a row older than the
 * setting *and* older than the floor, by the database's own clock. So a query that sets the
 * setting by hand can still remove nothing younger than 12 months, and no query of the
 * application, which never sets it, can remove anything at all. TRUNCATE is refused outright.
 */
export class AuditLog1796900000001 implements MigrationInterface {
  name = 'AuditLog1796900000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_role" text, "action" text NOT NULL, "subject_type" text, "subject_id" uuid, "programme_id" uuid, "municipality_code" text, "request_id" text, CONSTRAINT "audit_log_subject_check" CHECK (("subject_type" IS NULL) = ("subject_id" IS NULL)), CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"))`,
    );
    // Newest first, and by subject (who saw this person?) and by actor (what did this account do?). No
    // index by action: every index slows the one write of a 2,000-row list read, and an action
    // filter walks the newest-first index well enough.
    await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "audit_log_subject_idx" ON "audit_log" ("subject_id", "at" DESC)`);
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id", "at" DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        purge_before timestamptz := NULLIF(current_setting('mentornett.audit_purge_before', true), '')::timestamptz;
      BEGIN
        IF TG_OP = 'DELETE' AND purge_before IS NOT NULL
           AND OLD.at < purge_before AND OLD.at < now() - interval '12 months' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_purge(before timestamptz) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        removed integer;
      BEGIN
        IF before IS NULL OR before > now() - interval '12 months' THEN
          RAISE EXCEPTION 'audit rows are kept at least 12 months: % is too recent', before
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM set_config('mentornett.audit_purge_before', before::text, true);
        DELETE FROM audit_log WHERE at < before;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('mentornett.audit_purge_before', '', true);
        RETURN removed;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_purge(timestamptz)`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
