import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * «Ny i Norge» theme evenings of a municipality (theme, time, place, partners, the version their
 * invitations are at) with the newcomers and participants who attended; in the outbox, the
 * evening an invitation is about and the team member a digest is for, and the two new kinds.
 */
export class ThemeEvenings1796900000014 implements MigrationInterface {
  name = 'ThemeEvenings1796900000014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."event_theme" AS ENUM('school_education', 'health_family', 'voluntary_work', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "theme_evenings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "theme" "public"."event_theme" NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text NOT NULL, "partners" jsonb NOT NULL, "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "theme_evenings_time_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_6a972d8036f3d897aa9857151f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "theme_evenings_municipality_starts_idx" ON "theme_evenings"  ("municipality_code", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "theme_evening_newcomers" ("event_id" uuid NOT NULL, "newcomer_id" uuid NOT NULL, CONSTRAINT "PK_e3b35e7e978be193f31661b46ad" PRIMARY KEY ("event_id", "newcomer_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "theme_evening_newcomers_newcomer_idx" ON "theme_evening_newcomers"  ("newcomer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "theme_evening_participants" ("event_id" uuid NOT NULL, "participant_id" uuid NOT NULL, CONSTRAINT "PK_540411213f8dca4303861d0cee7" PRIMARY KEY ("event_id", "participant_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "theme_evening_participants_participant_idx" ON "theme_evening_participants"  ("participant_id") `,
    );
    await queryRunner.query(`ALTER TABLE "outbox" ADD "event_id" uuid`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD "team_member_id" uuid`);
    // Added at the end, so the existing values keep their order; not used in this transaction.
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE 'event_invite'`);
    await queryRunner.query(`ALTER TYPE "public"."email_kind" ADD VALUE 'team_digest'`);
    await queryRunner.query(`CREATE INDEX "outbox_event_idx" ON "outbox"  ("event_id") `);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id", "event_id", "team_member_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_evenings" ADD CONSTRAINT "FK_670cef4978ddc029ef309670854" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_evening_newcomers" ADD CONSTRAINT "FK_1653051f25010619f9c29c71d74" FOREIGN KEY ("event_id") REFERENCES "theme_evenings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_evening_newcomers" ADD CONSTRAINT "FK_df4d6ddafc5a12009845f0b74b3" FOREIGN KEY ("newcomer_id") REFERENCES "newcomers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_evening_participants" ADD CONSTRAINT "FK_d9d6132f7d65bfc73073c0e872c" FOREIGN KEY ("event_id") REFERENCES "theme_evenings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_evening_participants" ADD CONSTRAINT "FK_6c32bbe9ffa246a458bb67d95c2" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "FK_cc0c9e40998e45ecfc5e313429d" FOREIGN KEY ("event_id") REFERENCES "theme_evenings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "FK_b85b9e9fc2857c8286ac2a975c3" FOREIGN KEY ("team_member_id") REFERENCES "team_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "FK_b85b9e9fc2857c8286ac2a975c3"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "FK_cc0c9e40998e45ecfc5e313429d"`);
    await queryRunner.query(
      `ALTER TABLE "theme_evening_participants" DROP CONSTRAINT "FK_6c32bbe9ffa246a458bb67d95c2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_evening_participants" DROP CONSTRAINT "FK_d9d6132f7d65bfc73073c0e872c"`,
    );
    await queryRunner.query(`ALTER TABLE "theme_evening_newcomers" DROP CONSTRAINT "FK_df4d6ddafc5a12009845f0b74b3"`);
    await queryRunner.query(`ALTER TABLE "theme_evening_newcomers" DROP CONSTRAINT "FK_1653051f25010619f9c29c71d74"`);
    await queryRunner.query(`ALTER TABLE "theme_evenings" DROP CONSTRAINT "FK_670cef4978ddc029ef309670854"`);
    await queryRunner.query(`DELETE FROM "outbox" WHERE "event_id" IS NOT NULL OR "team_member_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id"))`,
    );
    await queryRunner.query(`DROP INDEX "public"."outbox_event_idx"`);
    // PostgreSQL cannot drop an enum value: the type is made again without the two.
    await queryRunner.query(`DROP INDEX "public"."outbox_once_key"`);
    await queryRunner.query(`ALTER TYPE "public"."email_kind" RENAME TO "email_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."email_kind" AS ENUM('midmonth_nudge', 'minimum_missed', 'escalation', 'gathering_invite', 'gathering_reminder')`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ALTER COLUMN "kind" TYPE "public"."email_kind" USING "kind"::"text"::"public"."email_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."email_kind_old"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outbox_once_key" ON "outbox"  ("kind", "recipient_id", "subject_id", "period_key") `,
    );
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "team_member_id"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "event_id"`);
    await queryRunner.query(`DROP INDEX "public"."theme_evening_participants_participant_idx"`);
    await queryRunner.query(`DROP TABLE "theme_evening_participants"`);
    await queryRunner.query(`DROP INDEX "public"."theme_evening_newcomers_newcomer_idx"`);
    await queryRunner.query(`DROP TABLE "theme_evening_newcomers"`);
    await queryRunner.query(`DROP INDEX "public"."theme_evenings_municipality_starts_idx"`);
    await queryRunner.query(`DROP TABLE "theme_evenings"`);
    await queryRunner.query(`DROP TYPE "public"."event_theme"`);
  }
}
