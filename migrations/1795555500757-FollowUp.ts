import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUp1795555500757 implements MigrationInterface {
  name = 'FollowUp1795555500757';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_source" AS ENUM('api', 'link')`);
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "date" date NOT NULL, "duration_minutes" smallint NOT NULL, "note" text, "source" "public"."meeting_source" NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_duration_check" CHECK ("duration_minutes" BETWEEN 15 AND 600), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meetings_link_once_key" ON "meetings"  ("match_id", "date", "duration_minutes") WHERE "source" = 'link'`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_match_date_idx" ON "meetings"  ("match_id", "date") `);
    await queryRunner.query(
      `CREATE TYPE "public"."email_kind" AS ENUM('midmonth_nudge', 'minimum_missed', 'escalation', 'gathering_invite', 'gathering_reminder')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed')`);
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."email_kind" NOT NULL, "recipient_id" uuid NOT NULL, "to_address" text NOT NULL, "language" character(2) NOT NULL, "subject_id" uuid NOT NULL, "match_id" uuid, "gathering_id" uuid, "period_key" text NOT NULL, "figures" jsonb, "status" "public"."outbox_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_sent_check" CHECK (("status" = 'sent') = ("sent_at" IS NOT NULL)), CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id")), CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_gathering_idx" ON "outbox"  ("gathering_id") `);
    await queryRunner.query(`CREATE INDEX "outbox_match_idx" ON "outbox"  ("match_id") `);
    await queryRunner.query(`CREATE INDEX "outbox_status_idx" ON "outbox"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outbox_once_key" ON "outbox"  ("kind", "recipient_id", "subject_id", "period_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_a28323c28f461165a1a256638f8" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_d661b84d32951b3d2a1ca1674ad" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "FK_02b9586d3556478288a39ccef88" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "FK_81af947c889190f898c98664cb2" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "FK_81af947c889190f898c98664cb2"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "FK_02b9586d3556478288a39ccef88"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_d661b84d32951b3d2a1ca1674ad"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_a28323c28f461165a1a256638f8"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_once_key"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_match_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_gathering_idx"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status"`);
    await queryRunner.query(`DROP TYPE "public"."email_kind"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_match_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_link_once_key"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_source"`);
  }
}
