import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newcomer register of each municipality (consent per purpose, the light competence mapping,
 * career guidance, the day the newcomer's wait for a mentor began) and the link from a newcomer to
 * the mentee each enrolment made of them; on participants, the day a mentee's wait began when it
 * began before they joined (carried over from the register), which proposal runs break ties by.
 */
export class Newcomers1796900000005 implements MigrationInterface {
  name = 'Newcomers1796900000005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participants" ADD "waiting_since" date`);
    await queryRunner.query(
      `CREATE TYPE "public"."education_level" AS ENUM('none', 'primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."recognition_status" AS ENUM('not_applied', 'pending', 'recognised', 'partly', 'rejected', 'not_needed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."career_guidance_status" AS ENUM('not_referred', 'referred', 'done', 'declined')`,
    );
    await queryRunner.query(
      `CREATE TABLE "newcomers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "name" text NOT NULL, "email" text, "phone" text, "preferred_language" character(2) NOT NULL, "languages" jsonb NOT NULL, "category" "public"."mentee_category" NOT NULL, "arrival_month" character varying(7) NOT NULL, "gender" "public"."gender", "birth_year" smallint, "profession_code" character varying(4), "desired_profession_code" character varying(4), "education_level" "public"."education_level", "education_field" text, "education_country" character(2), "education_recognition" "public"."recognition_status", "work_years" smallint, "in_introduction_programme" boolean NOT NULL DEFAULT false, "guidance_status" "public"."career_guidance_status" NOT NULL DEFAULT 'not_referred', "guidance_referred_on" date, "guidance_done_on" date, "consent_register" boolean NOT NULL, "consent_invitations" boolean NOT NULL, "consent_mentor_programme" boolean NOT NULL, "consent_given_on" date NOT NULL, "waiting_since" date, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "newcomers_guidance_done_check" CHECK (("guidance_done_on" IS NULL OR "guidance_status" = 'done') AND ("guidance_done_on" IS NULL OR "guidance_referred_on" IS NULL OR "guidance_done_on" >= "guidance_referred_on")), CONSTRAINT "newcomers_education_check" CHECK (("education_level" IS NULL) = ("education_recognition" IS NULL)), CONSTRAINT "newcomers_introduction_mapping_check" CHECK (NOT "in_introduction_programme" OR ("education_level" IS NULL AND "work_years" IS NULL)), CONSTRAINT "newcomers_work_years_check" CHECK ("work_years" BETWEEN 0 AND 70), CONSTRAINT "newcomers_birth_year_check" CHECK ("birth_year" BETWEEN 1900 AND 2999), CONSTRAINT "newcomers_arrival_month_check" CHECK ("arrival_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "newcomers_waiting_since_check" CHECK ("consent_mentor_programme" = ("waiting_since" IS NOT NULL)), CONSTRAINT "newcomers_consent_register_check" CHECK ("consent_register"), CONSTRAINT "PK_4381ef44a9e0580bce62d413e56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newcomers_municipality_name_idx" ON "newcomers"  ("municipality_code", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "newcomer_enrolments" ("participant_id" uuid NOT NULL, "newcomer_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b271bd335bc401ddba3d7208e0b" PRIMARY KEY ("participant_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "newcomer_enrolments_newcomer_programme_key" ON "newcomer_enrolments"  ("newcomer_id", "programme_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "newcomers" ADD CONSTRAINT "FK_9d3b8a6270766143df087a40ca6" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newcomer_enrolments" ADD CONSTRAINT "FK_b271bd335bc401ddba3d7208e0b" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newcomer_enrolments" ADD CONSTRAINT "FK_9bf9085521402158f7dff97f303" FOREIGN KEY ("newcomer_id") REFERENCES "newcomers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newcomer_enrolments" ADD CONSTRAINT "FK_2b62d9a077dd71ad4875effdfc2" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "newcomer_enrolments" DROP CONSTRAINT "FK_2b62d9a077dd71ad4875effdfc2"`);
    await queryRunner.query(`ALTER TABLE "newcomer_enrolments" DROP CONSTRAINT "FK_9bf9085521402158f7dff97f303"`);
    await queryRunner.query(`ALTER TABLE "newcomer_enrolments" DROP CONSTRAINT "FK_b271bd335bc401ddba3d7208e0b"`);
    await queryRunner.query(`ALTER TABLE "newcomers" DROP CONSTRAINT "FK_9d3b8a6270766143df087a40ca6"`);
    await queryRunner.query(`DROP INDEX "public"."newcomer_enrolments_newcomer_programme_key"`);
    await queryRunner.query(`DROP TABLE "newcomer_enrolments"`);
    await queryRunner.query(`DROP INDEX "public"."newcomers_municipality_name_idx"`);
    await queryRunner.query(`DROP TABLE "newcomers"`);
    await queryRunner.query(`DROP TYPE "public"."career_guidance_status"`);
    await queryRunner.query(`DROP TYPE "public"."recognition_status"`);
    await queryRunner.query(`DROP TYPE "public"."education_level"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "waiting_since"`);
  }
}
