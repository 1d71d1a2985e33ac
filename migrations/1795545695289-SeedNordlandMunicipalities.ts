import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every municipality of Nordland (2024 numbering) with the coordinates of its administrative centre.
 * The rows were written out from src/municipalities/data/nordland-municipalities.json when this
 * migration was made; a test checks that the two still agree. Later corrections need a new migration.
 */
export class SeedNordlandMunicipalities1795545695289 implements MigrationInterface {
  name = 'SeedNordlandMunicipalities1795545695289';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO "municipalities" ("code", "name", "county", "lat", "lon") VALUES
      ('1804', 'Bodø', 'Nordland', 67.2804, 14.4049),
      ('1806', 'Narvik', 'Nordland', 68.4385, 17.4272),
      ('1811', 'Bindal', 'Nordland', 65.0878, 12.3764),
      ('1812', 'Sømna', 'Nordland', 65.3125, 12.1673),
      ('1813', 'Brønnøy', 'Nordland', 65.4746, 12.2122),
      ('1815', 'Vega', 'Nordland', 65.6768, 11.9622),
      ('1816', 'Vevelstad', 'Nordland', 65.6683, 12.5186),
      ('1818', 'Herøy', 'Nordland', 65.9832, 12.2886),
      ('1820', 'Alstahaug', 'Nordland', 66.0217, 12.6316),
      ('1822', 'Leirfjord', 'Nordland', 66.0633, 12.9367),
      ('1824', 'Vefsn', 'Nordland', 65.8363, 13.1934),
      ('1825', 'Grane', 'Nordland', 65.5334, 13.4063),
      ('1826', 'Hattfjelldal', 'Nordland', 65.5975, 13.9894),
      ('1827', 'Dønna', 'Nordland', 66.1090, 12.4905),
      ('1828', 'Nesna', 'Nordland', 66.1975, 13.0214),
      ('1832', 'Hemnes', 'Nordland', 66.0766, 13.8216),
      ('1833', 'Rana', 'Nordland', 66.3128, 14.1428),
      ('1834', 'Lurøy', 'Nordland', 66.4050, 12.8700),
      ('1835', 'Træna', 'Nordland', 66.4954, 12.0749),
      ('1836', 'Rødøy', 'Nordland', 66.7130, 13.3000),
      ('1837', 'Meløy', 'Nordland', 66.8680, 13.7060),
      ('1838', 'Gildeskål', 'Nordland', 67.0335, 14.0266),
      ('1839', 'Beiarn', 'Nordland', 67.0030, 14.5740),
      ('1840', 'Saltdal', 'Nordland', 67.0960, 15.3930),
      ('1841', 'Fauske', 'Nordland', 67.2596, 15.3918),
      ('1845', 'Sørfold', 'Nordland', 67.3470, 15.5990),
      ('1848', 'Steigen', 'Nordland', 67.7650, 15.0000),
      ('1851', 'Lødingen', 'Nordland', 68.4140, 15.9980),
      ('1853', 'Evenes', 'Nordland', 68.5263, 16.9933),
      ('1856', 'Røst', 'Nordland', 67.5243, 12.1152),
      ('1857', 'Værøy', 'Nordland', 67.6656, 12.6978),
      ('1859', 'Flakstad', 'Nordland', 68.0897, 13.2297),
      ('1860', 'Vestvågøy', 'Nordland', 68.1472, 13.6114),
      ('1865', 'Vågan', 'Nordland', 68.2342, 14.5683),
      ('1866', 'Hadsel', 'Nordland', 68.5650, 14.9100),
      ('1867', 'Bø', 'Nordland', 68.6889, 14.4722),
      ('1868', 'Øksnes', 'Nordland', 68.9140, 15.0784),
      ('1870', 'Sortland', 'Nordland', 68.6955, 15.4130),
      ('1871', 'Andøy', 'Nordland', 69.3143, 16.1194),
      ('1874', 'Moskenes', 'Nordland', 67.9325, 13.0890),
      ('1875', 'Hamarøy', 'Nordland', 68.0850, 15.6200)
      ON CONFLICT ("code") DO NOTHING`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "municipalities" WHERE "code" IN ('1804', '1806', '1811', '1812', '1813', '1815', '1816', '1818', '1820', '1822', '1824', '1825', '1826', '1827', '1828', '1832', '1833', '1834', '1835', '1836', '1837', '1838', '1839', '1840', '1841', '1845', '1848', '1851', '1853', '1856', '1857', '1859', '1860', '1865', '1866', '1867', '1868', '1870', '1871', '1874', '1875')`,
    );
  }
}
