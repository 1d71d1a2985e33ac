import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holidays and pauses in the month rule: the programmes' rules gain `exemptMonths`, with its
 * default (July, the summer holiday) written into every programme made before it (rules are
 * always stored complete); and pairs gain pauses, whose days are not active days.
 */
export class MatchPauses1796900000011 implements MigrationInterface {
  name = 'MatchPauses1796900000011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "programmes" SET "rules" = "rules" || '{"exemptMonths": [7]}'::jsonb WHERE NOT "rules" ? 'exemptMonths'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."pause_reason" AS ENUM('sick_leave', 'travel', 'other')`);
    await queryRunner.query(
      `CREATE TABLE "match_pauses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "reason" "public"."pause_reason" NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_pauses_order_check" CHECK ("from_date" <= "to_date"), CONSTRAINT "PK_match_pauses_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "match_pauses_match_from_idx" ON "match_pauses" ("match_id", "from_date") `);
    await queryRunner.query(
      `ALTER TABLE "match_pauses" ADD CONSTRAINT "match_pauses_match_fk" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_pauses"`);
    await queryRunner.query(`DROP TYPE "public"."pause_reason"`);
    await queryRunner.query(`UPDATE "programmes" SET "rules" = "rules" - 'exemptMonths'`);
  }
}
