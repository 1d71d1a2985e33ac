import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Information pages per municipality and language (Markdown, rendered when read; the starting
 * pages in bokmål and English are served from the code until a municipality saves its own), and
 * the members of each municipality's newcomer team, who get its emails but do not log in.
 */
export class InfoAndTeam1796900000004 implements MigrationInterface {
  name = 'InfoAndTeam1796900000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "info_pages" ("municipality_code" character(4) NOT NULL, "language" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" uuid, CONSTRAINT "info_pages_body_check" CHECK (char_length("body") BETWEEN 1 AND 50000), CONSTRAINT "info_pages_title_check" CHECK (char_length("title") BETWEEN 1 AND 200), CONSTRAINT "info_pages_language_check" CHECK ("language" ~ '^[a-z]{2}$'), CONSTRAINT "PK_22a591569ef8b3ff8d04730e8b2" PRIMARY KEY ("municipality_code", "language"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."team_sector" AS ENUM('municipal', 'voluntary', 'business', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character(4) NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "organisation" text NOT NULL, "sector" "public"."team_sector" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca3eae89dcf20c9fd95bf7460aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "team_members_municipality_email" ON "team_members"  ("municipality_code", "email") `,
    );
    await queryRunner.query(
      `ALTER TABLE "info_pages" ADD CONSTRAINT "FK_bd3b1aa8abfb3558095104ecf3f" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "info_pages" ADD CONSTRAINT "FK_978772f31dc9e72b3e7e9f52154" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_8e98ca6d4cc58f4e673c5f97354" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_8e98ca6d4cc58f4e673c5f97354"`);
    await queryRunner.query(`ALTER TABLE "info_pages" DROP CONSTRAINT "FK_978772f31dc9e72b3e7e9f52154"`);
    await queryRunner.query(`ALTER TABLE "info_pages" DROP CONSTRAINT "FK_bd3b1aa8abfb3558095104ecf3f"`);
    await queryRunner.query(`DROP INDEX "public"."team_members_municipality_email"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP TYPE "public"."team_sector"`);
    await queryRunner.query(`DROP TABLE "info_pages"`);
  }
}
