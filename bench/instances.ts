import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildScoreMatrix, FORBIDDEN, SCORE_SCALE, type ScoreMatrix } from '../src/matching/score-matrix.js';
import type { MatchPerson, Place, ScoringContext } from '../src/matching/scoring.js';
import type { LanguageLevel, LanguageSkill } from '../src/participants/participant-fields.js';
import { isco } from '../src/professions/isco.js';
import { DEFAULT_RULES } from '../src/programmes/programme-rules.js';

/*
 * The benchmark's instances (bench/matching.ts), each made again from its key and a seed, so the
 * same key always gives the same matrix: uniform random score matrices (dense, or 70 % of pairs
 * forbidden), and realistic ones — generated mentors and mentees in the six Vesterålen
 * municipalities, scored by our own buildScoreMatrix with the default programme rules.
 *
 * Keys: random-N, forbidden70-N, realistic-N (N mentees, N mentors) and realistic-cap2-N
 * (N mentees, N/2 mentors of capacity 2).
 */

export type Kind = 'random' | 'forbidden70' | 'realistic';

export interface InstanceSpec {
  key: string;
  kind: Kind;
  mentees: number;
  mentors: number;
  capacity: number;
}

export interface Problem {
  matrix: ScoreMatrix;
  capacity: Int32Array;
  /** Time to build the score matrix with buildScoreMatrix, per run (realistic instances only). */
  buildTimes: number[];
  /** Share of pairs with no common language at A2 or better (realistic instances only). */
  noLanguageShare?: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast, seedable PRNG; uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function weighted<K extends string>(rand: () => number, options: Readonly<Record<K, number>>): K {
  const entries = Object.entries(options) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = rand() * total;
  for (const [value, w] of entries) {
    x -= w;
    if (x < 0) return value;
  }
  return entries[entries.length - 1][0];
}

function pick<T>(rand: () => number, values: readonly T[]): T {
  return values[Math.floor(rand() * values.length)];
}

// ---------------------------------------------------------------------------------------------
// Uniform random instances

function randomMatrix(spec: InstanceSpec, rand: () => number): ScoreMatrix {
  const scores = new Int32Array(spec.mentees * spec.mentors);
  const forbidden = spec.kind === 'forbidden70' ? 0.7 : 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = forbidden > 0 && rand() < forbidden ? FORBIDDEN : Math.floor(rand() * (SCORE_SCALE + 1));
  }
  return { mentees: spec.mentees, mentors: spec.mentors, scores };
}

// ---------------------------------------------------------------------------------------------
// Realistic instances: generated people in Vesterålen, scored by our own buildScoreMatrix

interface MunicipalityRow {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** The six Vesterålen municipalities, weighted roughly by population. */
const VESTERALEN: Readonly<Record<string, number>> = {
  '1870': 10.9, // Sortland
  '1866': 8.1, // Hadsel
  '1871': 4.6, // Andøy
  '1868': 4.5, // Øksnes
  '1867': 2.5, // Bø
  '1851': 2.1, // Lødingen
};

/** Newcomers' first languages (ISO 639-1), roughly as in Norwegian settlement figures. */
const NEWCOMER_LANGUAGES: Readonly<Record<string, number>> = {
  uk: 25,
  ar: 18,
  ti: 12,
  pl: 10,
  so: 8,
  fa: 8,
  ru: 5,
  lt: 5,
  ro: 5,
  es: 4,
};

/** Common professions of mentees and of mentors in the region (ISCO-08 unit groups). */
// prettier-ignore
const COMMON_PROFESSIONS = [
  '5120', '9112', '7112', '8322', '2221', '5321', '7231', '2341', '9329', '6111', '2512', '3313', '5223', '9412',
  '8160', '7126', '6222', '9211', '3221', '2330', '5311', '4110', '7411', '2411', '7115', '8342', '2142', '3115',
];

type Level = LanguageLevel | 'none';

function skills(entries: [string, Level][]): LanguageSkill[] {
  const out: LanguageSkill[] = [];
  for (const [code, level] of entries)
    if (level !== 'none' && !out.some((l) => l.code === code)) out.push({ code, level });
  return out;
}

function loadPlaces(): Map<string, Place> {
  // dist/bench/matching.js → dist/src/municipalities/data (nest build copies it); bench/ → src/ likewise
  const url = new URL('../src/municipalities/data/nordland-municipalities.json', import.meta.url);
  const rows = JSON.parse(readFileSync(url, 'utf8')) as MunicipalityRow[];
  const places = new Map<string, Place>();
  for (const code of Object.keys(VESTERALEN)) {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`municipality ${code} is missing from ${url.pathname}`);
    places.set(code, { code: row.code, name: row.name, lat: row.lat, lon: row.lon });
  }
  return places;
}

export function generatePeople(
  spec: InstanceSpec,
  rand: () => number,
): { mentors: MatchPerson[]; mentees: MatchPerson[] } {
  const unitGroups = isco
    .all()
    .map((g) => g.code)
    .filter((code) => code.length === 4);
  for (const code of COMMON_PROFESSIONS) if (!unitGroups.includes(code)) throw new Error(`ISCO ${code} unknown`);
  const profession = (common: number): string =>
    rand() < common ? pick(rand, COMMON_PROFESSIONS) : pick(rand, unitGroups);
  const municipality = (): string => weighted(rand, VESTERALEN);
  const gender = (): string => weighted(rand, { female: 50, male: 48, other: 2 });

  const mentors: MatchPerson[] = [];
  for (let j = 0; j < spec.mentors; j++) {
    // most mentors are Norwegian; some came here earlier themselves and speak a newcomer language natively
    const immigrant = rand() < 0.2;
    const english = weighted(rand, { none: 20, A1: 25, A2: 10, B1: 20, B2: 17, C1: 8 });
    const languages: [string, Level][] = [immigrant ? ['nb', 'C1'] : ['nb', 'native'], ['en', english]];
    if (immigrant) languages.push([weighted(rand, NEWCOMER_LANGUAGES), 'native']);
    if (rand() < 0.1)
      languages.push([pick(rand, ['de', 'es', 'fr', 'pl', 'ru', 'uk']), weighted(rand, { B1: 1, B2: 1 })]);
    mentors.push({
      id: `mentor-${j}`,
      municipalityCode: municipality(),
      languages: skills(languages),
      professionCode: profession(0.6),
      gender: gender(),
    });
  }

  const mentees: MatchPerson[] = [];
  for (let i = 0; i < spec.mentees; i++) {
    // 30 % talk Norwegian at A2+, half talk English at A2+, some only their first language: with
    // the mentors above, about half of all pairs share no language at A2 or better
    const first = weighted(rand, NEWCOMER_LANGUAGES);
    const languages: [string, Level][] = [
      [first, 'native'],
      ['nb', weighted(rand, { none: 25, A1: 45, A2: 15, B1: 10, B2: 5 })],
      ['en', weighted(rand, { none: 35, A1: 15, A2: 20, B1: 18, B2: 12 })],
    ];
    if (first === 'uk' && rand() < 0.5) languages.push(['ru', 'C1']);
    const g = gender();
    mentees.push({
      id: `mentee-${i}`,
      municipalityCode: municipality(),
      languages: skills(languages),
      professionCode: profession(0.7),
      desiredProfessionCode: rand() < 0.3 ? profession(0.8) : null,
      gender: g,
      wantsSameGender: g === 'female' && rand() < 0.15,
    });
  }
  return { mentors, mentees };
}

/** Share of pairs without a common language at A2 or better, by a bit mask per person. */
function noLanguageShare(mentors: MatchPerson[], mentees: MatchPerson[]): number {
  const bit = new Map<string, number>();
  const mask = (p: MatchPerson): number => {
    let m = 0;
    for (const l of p.languages) {
      if (l.level === 'A1') continue;
      if (!bit.has(l.code)) bit.set(l.code, bit.size);
      m |= 1 << bit.get(l.code)!;
    }
    return m;
  };
  const mentorMasks = Int32Array.from(mentors, mask);
  const menteeMasks = Int32Array.from(mentees, mask);
  if (bit.size > 31) throw new Error('too many languages for a 32-bit mask');
  let none = 0;
  for (const a of menteeMasks) for (const b of mentorMasks) if ((a & b) === 0) none++;
  return none / (mentors.length * mentees.length);
}

export function makeProblem(spec: InstanceSpec, seed: number, buildRuns: number, withStats: boolean): Problem {
  const rand = prng(seed ^ hash(spec.key));
  const capacity = new Int32Array(spec.mentors).fill(spec.capacity);
  if (spec.kind !== 'realistic') return { matrix: randomMatrix(spec, rand), capacity, buildTimes: [] };

  const { mentors, mentees } = generatePeople(spec, rand);
  const places = loadPlaces();
  const ctx: ScoringContext = {
    rules: DEFAULT_RULES,
    place(code: string): Place {
      const place = places.get(code);
      if (!place) throw new Error(`no place ${code}`);
      return place;
    },
  };
  const buildTimes: number[] = [];
  const build = (): ScoreMatrix => {
    const start = performance.now();
    const built = buildScoreMatrix(mentors, mentees, ctx);
    buildTimes.push((performance.now() - start) / 1000);
    return built;
  };
  for (let run = 1; run < buildRuns; run++) build(); // each one dropped before the next is built
  return {
    matrix: build(),
    capacity,
    buildTimes,
    noLanguageShare: withStats ? noLanguageShare(mentors, mentees) : undefined,
  };
}

export function slotsOf(capacity: Int32Array): Int32Array {
  const slots: number[] = [];
  capacity.forEach((c, m) => {
    for (let k = 0; k < c; k++) slots.push(m);
  });
  return Int32Array.from(slots);
}

export function parseInstance(key: string): InstanceSpec {
  const match = /^(random|forbidden70|realistic|realistic-cap2)-(\d+)$/.exec(key);
  if (!match) throw new Error(`unknown instance ${key}`);
  const n = Number(match[2]);
  if (match[1] === 'realistic-cap2') {
    return { key, kind: 'realistic', mentees: n, mentors: Math.ceil(n / 2), capacity: 2 };
  }
  return { key, kind: match[1] as Kind, mentees: n, mentors: n, capacity: 1 };
}
