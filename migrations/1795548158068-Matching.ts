import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795548158068 implements MigrationInterface {
  name = 'Matching1795548158068';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposal_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "created_by" uuid, "rules" jsonb NOT NULL, "municipality_codes" text array, "mentees" integer NOT NULL, "mentor_places" integer NOT NULL, "matched" integer NOT NULL, "total_score" numeric(12,4) NOT NULL, "unmatched" jsonb NOT NULL, "duration_ms" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_635708ef9c50ae78e5fa062770d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposal_runs_programme_idx" ON "proposal_runs"  ("programme_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."match_status" AS ENUM('proposed', 'approved', 'rejected', 'completed', 'ended')`,
    );
    await queryRunner.query(
      `CREATE TABLE "matches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "status" "public"."match_status" NOT NULL DEFAULT 'proposed', "score" numeric(5,4) NOT NULL, "breakdown" jsonb NOT NULL, "run_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "reason" text, "starts_on" date, "ended_on" date, "employment_status_at_end" "public"."employment_status", CONSTRAINT "matches_active_check" CHECK ("status" NOT IN ('approved', 'completed', 'ended') OR "starts_on" IS NOT NULL), CONSTRAINT "matches_decided_check" CHECK ("status" = 'proposed' OR "decided_at" IS NOT NULL), CONSTRAINT "matches_score_check" CHECK ("score" >= 0 AND "score" <= 1), CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "matches_mentee_idx" ON "matches"  ("mentee_id") `);
    await queryRunner.query(`CREATE INDEX "matches_mentor_status_idx" ON "matches"  ("mentor_id", "status") `);
    await queryRunner.query(`CREATE INDEX "matches_programme_status_idx" ON "matches"  ("programme_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "matches_one_proposal_per_pair" ON "matches"  ("mentor_id", "mentee_id") WHERE "status" = 'proposed'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "matches_one_active_per_mentee" ON "matches"  ("mentee_id") WHERE "status" = 'approved'`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_runs" ADD CONSTRAINT "FK_0ce9edc8036add43457f9b11e81" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_fa5502eddb55d14e8290a1f9f9f" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_2e8645b37795c810c2ef13862fb" FOREIGN KEY ("mentor_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_8e86cbd709127693b46efa65992" FOREIGN KEY ("mentee_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "matches" ADD CONSTRAINT "FK_751e7bfa6b73e5b6f68e97ef731" FOREIGN KEY ("run_id") REFERENCES "proposal_runs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_751e7bfa6b73e5b6f68e97ef731"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_8e86cbd709127693b46efa65992"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_2e8645b37795c810c2ef13862fb"`);
    await queryRunner.query(`ALTER TABLE "matches" DROP CONSTRAINT "FK_fa5502eddb55d14e8290a1f9f9f"`);
    await queryRunner.query(`ALTER TABLE "proposal_runs" DROP CONSTRAINT "FK_0ce9edc8036add43457f9b11e81"`);
    await queryRunner.query(`DROP INDEX "public"."matches_one_active_per_mentee"`);
    await queryRunner.query(`DROP INDEX "public"."matches_one_proposal_per_pair"`);
    await queryRunner.query(`DROP INDEX "public"."matches_programme_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."matches_mentor_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."matches_mentee_idx"`);
    await queryRunner.query(`DROP TABLE "matches"`);
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_runs_programme_idx"`);
    await queryRunner.query(`DROP TABLE "proposal_runs"`);
  }
}
