import { readFileSync } from 'node:fs';

interface Row {
  code: string;
  name: string;
  county: string;
  lat: number;
  lon: number;
}

const rows = JSON.parse(readFileSync(new URL('./data/nordland-municipalities.json', import.meta.url), 'utf8')) as Row[];

function km(a: Row, b: Row): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the shipped municipalities of Nordland', () => {
  const byCode = new Map(rows.map((r) => [r.code, r]));

  it('holds the 41 municipalities of the 2024 numbering, each once', () => {
    expect(rows).toHaveLength(41);
    expect(byCode.size).toBe(41);
    for (const row of rows) {
      expect(row.code).toMatch(/^18\d\d$/);
      expect(row.county).toBe('Nordland');
    }
  });

  it('includes the six Vesterålen municipalities', () => {
    expect(['1851', '1866', '1867', '1868', '1870', '1871'].map((c) => byCode.get(c)?.name)).toEqual([
      'Lødingen',
      'Hadsel',
      'Bø',
      'Øksnes',
      'Sortland',
      'Andøy',
    ]);
  });

  it('places every centre inside Nordland and known distances right to a few km', () => {
    for (const row of rows) {
      expect(row.lat).toBeGreaterThan(64.9);
      expect(row.lat).toBeLessThan(69.4);
      expect(row.lon).toBeGreaterThan(11.5);
      expect(row.lon).toBeLessThan(17.9);
    }
    // Sortland–Stokmarknes and Bodø–Narvik, straight lines
    expect(km(byCode.get('1870')!, byCode.get('1866')!)).toBeCloseTo(25, -1);
    expect(Math.abs(km(byCode.get('1804')!, byCode.get('1806')!) - 181)).toBeLessThan(5);
  });
});
