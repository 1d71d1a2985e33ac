import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One rule for what an email is about, now that screening reminders (about a pair's mentor),
 * theme-evening invitations, team digests and retention notices arrived side by side: the subject
 * is the pair, the gathering, the evening, the team member or the programme, or, for a screening
 * reminder, the mentor of a pair.
 */
export class OutboxSubjects1796900000016 implements MigrationInterface {
  name = 'OutboxSubjects1796900000016';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id", "event_id", "team_member_id", "programme_id") OR ("kind"::text = 'screening_expiry' AND "match_id" IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "outbox_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "outbox_subject_check" CHECK ("subject_id" = COALESCE("match_id", "gathering_id", "event_id", "team_member_id"))`,
    );
  }
}
