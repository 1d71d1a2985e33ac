import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates (kursbevis) for mentees of completed pairs: the verification code printed on the
 * PDF, one per pair, kept so the public page can confirm it. And the programmes' rules gain the
 * completion rule, with its defaults written into every programme made before it (rules are
 * always stored complete).
 */
export class Certificates1796900000006 implements MigrationInterface {
  name = 'Certificates1796900000006';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "programmes" SET "rules" = "rules" || '{"completion": {"minMeetings": 12, "minHours": 24, "minGatherings": 2}}'::jsonb
        WHERE NOT "rules" ? 'completion'`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificates" ("code" text NOT NULL, "match_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "certificates_code_check" CHECK ("code" ~ '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'), CONSTRAINT "certificates_match_unique" UNIQUE ("match_id"), CONSTRAINT "PK_certificates_code" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificates" ADD CONSTRAINT "certificates_match_fk" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`UPDATE "programmes" SET "rules" = "rules" - 'completion'`);
  }
}
