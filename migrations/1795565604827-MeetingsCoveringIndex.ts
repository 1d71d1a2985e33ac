import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The (match_id, date) index of meetings also carries the duration, so the stats count a pair's
 * meetings by month from the index alone. TypeORM cannot declare INCLUDE columns: the entity marks
 * this index synchronize: false, and this migration is its definition.
 */
export class MeetingsCoveringIndex1795565604827 implements MigrationInterface {
  name = 'MeetingsCoveringIndex1795565604827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."meetings_match_date_idx"`);
    await queryRunner.query(
      `CREATE INDEX "meetings_match_date_idx" ON "meetings" ("match_id", "date") INCLUDE ("duration_minutes")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."meetings_match_date_idx"`);
    await queryRunner.query(`CREATE INDEX "meetings_match_date_idx" ON "meetings" ("match_id", "date") `);
  }
}
