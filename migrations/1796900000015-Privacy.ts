import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (issue 11): a participant or newcomer erased keeps their row for the statistics, with
 * when it was erased and the reason given; an email to an erased person is cancelled, a state of
 * its own, and keeps no address.
 */
export class Privacy1796900000015 implements MigrationInterface {
  name = 'Privacy1796900000015';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participants" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "erasure_reason" text`);
    await queryRunner.query(`ALTER TABLE "newcomers" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "newcomers" ADD "erasure_reason" text`);
    await queryRunner.query(`ALTER TYPE "public"."outbox_status" ADD VALUE IF NOT EXISTS 'cancelled'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "newcomers" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "newcomers" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "erased_at"`);
    // PostgreSQL cannot drop a value of an enum; 'cancelled' stays, unused.
  }
}
