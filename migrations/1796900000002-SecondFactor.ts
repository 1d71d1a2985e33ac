import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The second factor (TOTP): per user the encrypted secret, when it was confirmed and the last
 * time step accepted (so no code is taken twice), and the ten recovery codes, hashed, each good once.
 */
export class SecondFactor1796900000002 implements MigrationInterface {
  name = 'SecondFactor1796900000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_second_factors" ("user_id" uuid NOT NULL, "secret_ciphertext" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_time_step" bigint, CONSTRAINT "PK_13464c028382687cf72b6966dc5" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "mfa_recovery_codes_used_check" CHECK ("used_at" IS NULL OR "used_at" >= "created_at"), CONSTRAINT "PK_0076416b1b84361afc3371ba121" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mfa_recovery_codes_user_idx" ON "mfa_recovery_codes"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "user_second_factors" ADD CONSTRAINT "FK_13464c028382687cf72b6966dc5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_codes" ADD CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" DROP CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf"`);
    await queryRunner.query(`ALTER TABLE "user_second_factors" DROP CONSTRAINT "FK_13464c028382687cf72b6966dc5"`);
    await queryRunner.query(`DROP INDEX "public"."mfa_recovery_codes_user_idx"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_codes"`);
    await queryRunner.query(`DROP TABLE "user_second_factors"`);
  }
}
