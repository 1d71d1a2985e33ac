import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure and retention (issue 11): a participant or newcomer erased keeps their row for the statistics, with
 * when it was erased and the reason given; an email to an erased person is cancelled, a state of
 * its own, and keeps no address.
 */
export class Privacy1796900000015 implements MigrationInterface {
  name = 'Privacy1796900000015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participants" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "erasure_reason" text`);
    await queryRunner.query(`ALTER TABLE "newcomers" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "newcomers" ADD "erasure_reason" text`);
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" ADD VALUE IF NOT EXISTS 'cancelled'`);
    // Retention: the rule, filled into every programme made before it (rules are stored complete),
    // and the notice to the leads, an email about a programme.
    await queryRunner.query(
      `UPDATE "programmes" SET "rules" = "rules" || '{"retentionMonths": 12}'::jsonb WHERE NOT "rules" ? 'retentionMonths'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE IF NOT EXISTS 'retention_notice'`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "programme_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_programme_fk" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id", "programme_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "outbox" WHERE "programme_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_programme_fk"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "programme_id"`);
    await queryRunner.query(`UPDATE "programmes" SET "rules" = "rules" - 'retentionMonths'`);
    await queryRunner.query(`ALTER TABLE "newcomers" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "newcomers" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "erased_at"`);
    // PostgreSQL cannot drop a value of an enum; 'cancelled' stays, unused.
  }
}
