import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795545694289 implements MigrationInterface {
  name = 'InitialSchema1795545694289';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipalities" ("code" character(4) NOT NULL, "name" text NOT NULL, "county" text NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, CONSTRAINT "PK_9e0e960d7323bb120dc5e915dd8" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "timezone" text NOT NULL DEFAULT 'Europe/Oslo', "rules" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "programmes_dates_check" CHECK ("end_date" > "start_date"), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."participant_role" AS ENUM('mentor', 'mentee')`);
    await queryRunner.query(
      `CREATE TYPE "public"."mentee_category" AS ENUM('refugee', 'family', 'labour_eea', 'labour_non_eea', 'labour_spouse', 'other')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('female', 'male', 'other')`);
    await queryRunner.query(
      `CREATE TYPE "public"."employment_status" AS ENUM('unemployed', 'introduction_programme', 'education', 'part_time', 'full_time')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "role" "public"."participant_role" NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "phone" text, "municipality_code" character(4) NOT NULL, "preferred_language" character(2) NOT NULL, "languages" jsonb NOT NULL, "profession_code" character varying(4) NOT NULL, "desired_profession_code" character varying(4), "capacity" smallint NOT NULL DEFAULT '1', "category" "public"."mentee_category", "gender" "public"."gender", "wants_same_gender" boolean NOT NULL DEFAULT false, "employment_status_at_start" "public"."employment_status", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "participants_mentee_fields_check" CHECK ("role" = 'mentee' OR ("category" IS NULL AND "desired_profession_code" IS NULL AND NOT "wants_same_gender")), CONSTRAINT "participants_same_gender_check" CHECK (NOT "wants_same_gender" OR "gender" IS NOT NULL), CONSTRAINT "participants_capacity_check" CHECK ("capacity" BETWEEN 1 AND 10), CONSTRAINT "PK_1cda06c31eec1c95b3365a0283f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "participants_municipality_idx" ON "participants"  ("municipality_code") `);
    await queryRunner.query(
      `CREATE INDEX "participants_programme_role_idx" ON "participants"  ("programme_id", "role") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "participants_programme_email_key" ON "participants"  ("programme_id", "email") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."gathering_kind" AS ENUM('kickoff', 'midway', 'closing', 'other')`);
    await queryRunner.query(
      `CREATE TABLE "gatherings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "kind" "public"."gathering_kind" NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text, "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "gatherings_time_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_166a83670dcd6ef19b6b4b38d89" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "gatherings_programme_idx" ON "gatherings"  ("programme_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "gatherings_programme_kind_key" ON "gatherings"  ("programme_id", "kind") WHERE "kind" <> 'other'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('admin', 'lead', 'coordinator')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "role" "public"."user_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_municipalities" ("programme_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, CONSTRAINT "PK_a1a9f338f97cb17b483215e4bdc" PRIMARY KEY ("programme_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aa2a93bcefa0dbba47620c7cea" ON "programme_municipalities"  ("programme_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d154d42a7713bcc060976d6034" ON "programme_municipalities"  ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gathering_attendance" ("gathering_id" uuid NOT NULL, "participant_id" uuid NOT NULL, CONSTRAINT "PK_3b06902a99afd4f1325b8a422bb" PRIMARY KEY ("gathering_id", "participant_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bb448e87f44d3e3054d262a750" ON "gathering_attendance"  ("gathering_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e52e579793f46cef901dc95279" ON "gathering_attendance"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_municipalities" ("user_id" uuid NOT NULL, "municipality_code" character(4) NOT NULL, CONSTRAINT "PK_1ea5d3333581ea4884b3272f785" PRIMARY KEY ("user_id", "municipality_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6f0933e7fc5e6b99cc40143186" ON "user_municipalities"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_67e767bed7fcea26b1da3f0ac9" ON "user_municipalities"  ("municipality_code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "FK_96e1a0bcd80b16f4d24bfcbc71b" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "FK_3f4e758daf97624926b2fe49230" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gatherings" ADD CONSTRAINT "FK_bf29fe30b22de7c86a7231a1539" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_municipalities" ADD CONSTRAINT "FK_aa2a93bcefa0dbba47620c7ceaa" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_municipalities" ADD CONSTRAINT "FK_d154d42a7713bcc060976d60347" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_attendance" ADD CONSTRAINT "FK_bb448e87f44d3e3054d262a7504" FOREIGN KEY ("gathering_id") REFERENCES "gatherings"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "gathering_attendance" ADD CONSTRAINT "FK_e52e579793f46cef901dc952794" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_municipalities" ADD CONSTRAINT "FK_6f0933e7fc5e6b99cc401431865" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_municipalities" ADD CONSTRAINT "FK_67e767bed7fcea26b1da3f0ac90" FOREIGN KEY ("municipality_code") REFERENCES "municipalities"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_municipalities" DROP CONSTRAINT "FK_67e767bed7fcea26b1da3f0ac90"`);
    await queryRunner.query(`ALTER TABLE "user_municipalities" DROP CONSTRAINT "FK_6f0933e7fc5e6b99cc401431865"`);
    await queryRunner.query(`ALTER TABLE "gathering_attendance" DROP CONSTRAINT "FK_e52e579793f46cef901dc952794"`);
    await queryRunner.query(`ALTER TABLE "gathering_attendance" DROP CONSTRAINT "FK_bb448e87f44d3e3054d262a7504"`);
    await queryRunner.query(`ALTER TABLE "programme_municipalities" DROP CONSTRAINT "FK_d154d42a7713bcc060976d60347"`);
    await queryRunner.query(`ALTER TABLE "programme_municipalities" DROP CONSTRAINT "FK_aa2a93bcefa0dbba47620c7ceaa"`);
    await queryRunner.query(`ALTER TABLE "gatherings" DROP CONSTRAINT "FK_bf29fe30b22de7c86a7231a1539"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "FK_3f4e758daf97624926b2fe49230"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "FK_96e1a0bcd80b16f4d24bfcbc71b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67e767bed7fcea26b1da3f0ac9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f0933e7fc5e6b99cc40143186"`);
    await queryRunner.query(`DROP TABLE "user_municipalities"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e52e579793f46cef901dc95279"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb448e87f44d3e3054d262a750"`);
    await queryRunner.query(`DROP TABLE "gathering_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d154d42a7713bcc060976d6034"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa2a93bcefa0dbba47620c7cea"`);
    await queryRunner.query(`DROP TABLE "programme_municipalities"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."gatherings_programme_kind_key"`);
    await queryRunner.query(`DROP INDEX "public"."gatherings_programme_idx"`);
    await queryRunner.query(`DROP TABLE "gatherings"`);
    await queryRunner.query(`DROP TYPE "public"."gathering_kind"`);
    await queryRunner.query(`DROP INDEX "public"."participants_programme_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."participants_programme_role_idx"`);
    await queryRunner.query(`DROP INDEX "public"."participants_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "participants"`);
    await queryRunner.query(`DROP TYPE "public"."employment_status"`);
    await queryRunner.query(`DROP TYPE "public"."gender"`);
    await queryRunner.query(`DROP TYPE "public"."mentee_category"`);
    await queryRunner.query(`DROP TYPE "public"."participant_role"`);
    await queryRunner.query(`DROP TABLE "programmes"`);
    await queryRunner.query(`DROP TABLE "municipalities"`);
  }
}
