import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Console sessions (the hashed value of the mentornett_session cookie, its deadlines, and the
 * values each refresh replaced, to recognise one presented again), and on users: the preferred
 * language (of the console and of the emails they get), disabling, and the token version that
 * every change of what a user may do raises, so access tokens and sessions from before it die.
 */
export class Sessions1796284855936 implements MigrationInterface {
  name = 'Sessions1796284855936';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."session_end_reason" AS ENUM('logout', 'idle', 'expired', 'token_reused', 'password_changed', 'user_changed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "token_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" "public"."session_end_reason", CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "sessions_deadline_check" CHECK ("expires_at" > "created_at"), CONSTRAINT "sessions_end_check" CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL)), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "rotated_session_tokens" ("token_hash" bytea NOT NULL, "session_id" uuid NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_52152fedaf182d3defd61a831f3" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "rotated_session_tokens_session_idx" ON "rotated_session_tokens"  ("session_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."user_language" AS ENUM('nb', 'nn', 'en')`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "preferred_language" "public"."user_language" NOT NULL DEFAULT 'nb'`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "disabled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rotated_session_tokens" ADD CONSTRAINT "FK_77b79d9315acdf4d331890bf3ca" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rotated_session_tokens" DROP CONSTRAINT "FK_77b79d9315acdf4d331890bf3ca"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "disabled"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "preferred_language"`);
    await queryRunner.query(`DROP TYPE "public"."user_language"`);
    await queryRunner.query(`DROP INDEX "public"."rotated_session_tokens_session_idx"`);
    await queryRunner.query(`DROP TABLE "rotated_session_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TYPE "public"."session_end_reason"`);
  }
}
