import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys by signed link: three email kinds (at the midway and closing gatherings, and the
 * follow-ups after a pair), and the answers, one row per survey email, replaced by a second answer.
 * And the participants' optional year of birth, for the funder report's age bands.
 */
export class Surveys1796900000013 implements MigrationInterface {
  name = 'Surveys1796900000013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "email_kind" ADD VALUE IF NOT EXISTS 'midway_survey'`);
    await queryRunner.query(`ALTER TYPE "email_kind" ADD VALUE IF NOT EXISTS 'closing_survey'`);
    await queryRunner.query(`ALTER TYPE "email_kind" ADD VALUE IF NOT EXISTS 'followup_survey'`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "birth_year" smallint`);
    await queryRunner.query(
      `CREATE TABLE "survey_answers" ("outbox_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "kind" text NOT NULL, "months" smallint, "progress" smallint NOT NULL, "usefulness" smallint NOT NULL, "employment_status" "public"."employment_status", "norwegian_level" text, "helped" text, "comment" text, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "survey_answers_comment_check" CHECK (char_length("comment") <= 1000), CONSTRAINT "survey_answers_helped_check" CHECK ("helped" IN ('yes', 'partly', 'no')), CONSTRAINT "survey_answers_norwegian_level_check" CHECK ("norwegian_level" IN ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')), CONSTRAINT "survey_answers_usefulness_check" CHECK ("usefulness" BETWEEN 1 AND 5), CONSTRAINT "survey_answers_progress_check" CHECK ("progress" BETWEEN 1 AND 5), CONSTRAINT "survey_answers_kind_check" CHECK ("kind" IN ('midway_survey', 'closing_survey', 'followup_survey')), CONSTRAINT "PK_2e896ee0e9438efdd3ed3e5dd0c" PRIMARY KEY ("outbox_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "survey_answers_participant_idx" ON "survey_answers" ("participant_id") `);
    await queryRunner.query(
      `CREATE INDEX "survey_answers_programme_kind_idx" ON "survey_answers" ("programme_id", "kind") `,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_2e896ee0e9438efdd3ed3e5dd0c" FOREIGN KEY ("outbox_id") REFERENCES "outbox"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_5650f361afce6a0227a0295e068" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_40caf3cc02ddff88cd0eda472f2" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  /** The email kinds stay: PostgreSQL cannot drop a value from an enum. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "survey_answers"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "birth_year"`);
  }
}
