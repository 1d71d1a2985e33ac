import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Screening of mentors and rematch (issue 12): the programmes' rules gain `requireScreening`
 * (false for every programme made before it: rules are always stored complete); mentors carry the
 * day their police certificate was seen and the day they signed the confidentiality declaration
 * (the documents are not stored); an ended pair records whether the mentee asked for a new mentor;
 * the coordinators' reminder when a screening document turns three years old is a new email kind,
 * sent once per mentor and document date (its subject is the mentor, not the pair); and a
 * gathering's title may be the default one, written in each recipient's language.
 */
export class ScreeningAndRematch1796900000012 implements MigrationInterface {
  name = 'ScreeningAndRematch1796900000012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "programmes" SET "rules" = "rules" || '{"requireScreening": false}'::jsonb WHERE NOT "rules" ? 'requireScreening'`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD "police_certificate_seen_on" date, ADD "confidentiality_signed_on" date`,
    );
    await queryRunner.query(`ALTER TABLE "matches" ADD "rematch" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "matches_rematch_check" CHECK (NOT "rematch" OR "status" = 'ended')`,
    );
    await queryRunner.query(`ALTER TYPE "email_kind" ADD VALUE IF NOT EXISTS 'screening_expiry'`);
    // The kind compared as text: a new enum value cannot be used in the transaction that adds it.
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id") OR ("kind"::text = 'screening_expiry' AND "match_id" IS NOT NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "gatherings" ADD "default_title" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "gatherings" SET "default_title" = true
        WHERE ("kind" = 'kickoff' AND "title" = 'Kickoff seminar')
           OR ("kind" = 'midway' AND "title" = 'Midway gathering')
           OR ("kind" = 'closing' AND "title" = 'Closing seminar')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gatherings" DROP COLUMN "default_title"`);
    await queryRunner.query(`DELETE FROM "outbox" WHERE "kind"::text = 'screening_expiry'`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "matches_rematch_check"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "rematch"`);
    await queryRunner.query(
      `ALTER TABLE "participants" DROP COLUMN "police_certificate_seen_on", DROP COLUMN "confidentiality_signed_on"`,
    );
    await queryRunner.query(`UPDATE "programmes" SET "rules" = "rules" - 'requireScreening'`);
  }
}
