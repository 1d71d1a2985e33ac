import { ANDOY, BODO, HADSEL, person, places, SORTLAND } from '../../test/support/match-people.js';
import fc from 'fast-check';
import { LANGUAGE_LEVELS, type LanguageLevel } from '../participants/participant-fields.js';
import { DEFAULT_RULES, mergeRules, type ProgrammeRules } from '../programmes/programme-rules.js';
import { buildScoreMatrix, FORBIDDEN, SCORE_SCALE } from './score-matrix.js';
import { haversineKm, scorePair, type ScoringContext } from './scoring.js';

function ctx(rules: Partial<ProgrammeRules> = {}, extra: Partial<ScoringContext> = {}): ScoringContext {
  return { rules: mergeRules(DEFAULT_RULES, rules), place: (code) => places.get(code)!, ...extra };
}

describe('profession', () => {
  it.each([
    ['7221', '7221', 1, 'profession_unit_group'],
    ['7221', '7222', 0.75, 'profession_minor_group'],
    ['7221', '7212', 0.5, 'profession_sub_major_group'],
    ['7221', '7511', 0.25, 'profession_major_group'],
    ['7221', '2221', 0, 'profession_none'],
    ['72', '7221', 0.5, 'profession_sub_major_group'],
    ['7', '7', 0.25, 'profession_major_group'],
  ])('mentor %s, mentee %s → %s', (mentorCode, menteeCode, score, code) => {
    const { breakdown } = scorePair(
      person({ professionCode: mentorCode }),
      person({ professionCode: menteeCode }),
      ctx(),
    );
    expect(breakdown.profession).toMatchObject({ score, code, weight: 0.5 });
  });

  it('names the shared group with its title', () => {
    const { breakdown } = scorePair(person({ professionCode: '7221' }), person({ professionCode: '7222' }), ctx());
    expect(breakdown.profession.reason).toBe('Same minor group 722 Blacksmiths, toolmakers and related trades workers');
    expect(breakdown.profession.params).toEqual({ group: '722', via: 'profession' });
  });

  it("counts the better of the mentee's past and desired profession", () => {
    const mentee = person({ professionCode: '9412', desiredProfessionCode: '5120' });
    const { breakdown } = scorePair(person({ professionCode: '5120' }), mentee, ctx());
    expect(breakdown.profession).toMatchObject({ score: 1, params: { group: '5120', via: 'desired' } });
    expect(breakdown.profession.reason).toContain("(the mentee's desired profession)");
  });
});

describe('language', () => {
  const expected: Record<LanguageLevel, number> = { native: 1, C2: 1, C1: 0.9, B2: 0.75, B1: 0.5, A2: 0.25, A1: 0 };

  it('scores every pair of levels by the weaker of the two', () => {
    for (const a of LANGUAGE_LEVELS) {
      for (const b of LANGUAGE_LEVELS) {
        const weaker = Math.min(expected[a], expected[b]);
        const pair = scorePair(
          person({ languages: [{ code: 'en', level: a }] }),
          person({ languages: [{ code: 'en', level: b }] }),
          ctx(),
        );
        expect([a, b, pair.breakdown.language.score]).toEqual([a, b, weaker]);
        const blocked = a === 'A1' || b === 'A1';
        expect([a, b, pair.allowed]).toEqual([a, b, !blocked]);
        if (blocked) expect(pair.blockedBy).toBe('no_common_language');
      }
    }
  });

  it('takes the best language the two share and says it', () => {
    const mentor = person({
      languages: [
        { code: 'nb', level: 'native' },
        { code: 'en', level: 'C1' },
        { code: 'ar', level: 'B1' },
      ],
    });
    const mentee = person({
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'en', level: 'B2' },
        { code: 'nb', level: 'A2' },
      ],
    });
    const { breakdown } = scorePair(mentor, mentee, ctx());
    expect(breakdown.language).toMatchObject({
      score: 0.75,
      code: 'language_shared',
      params: { language: 'en', level: 'B2' },
    });
    expect(breakdown.language.reason).toBe('Both speak English at B2');
  });

  it('blocks a pair with no language in common', () => {
    const pair = scorePair(
      person({ languages: [{ code: 'nb', level: 'native' }] }),
      person({ languages: [{ code: 'ti', level: 'native' }] }),
      ctx(),
    );
    expect(pair).toMatchObject({ allowed: false, blockedBy: 'no_common_language' });
    expect(pair.breakdown.language.reason).toBe('No language in common');
  });
});

describe('location', () => {
  it('gives 1 within the same municipality', () => {
    const { breakdown } = scorePair(person(), person(), ctx());
    expect(breakdown.location).toMatchObject({
      score: 1,
      code: 'location_same_municipality',
      reason: 'Both in Sortland',
    });
  });

  it('falls linearly with the distance between the centres', () => {
    const km = haversineKm(places.get(SORTLAND)!, places.get(HADSEL)!);
    const { breakdown } = scorePair(
      person({ municipalityCode: SORTLAND }),
      person({ municipalityCode: HADSEL }),
      ctx(),
    );
    expect(breakdown.location.score).toBeCloseTo(1 - km / 100, 10);
    expect(breakdown.location.reason).toBe(`${Math.round(km)} km apart (Sortland–Hadsel)`);
    const half = scorePair(
      person({ municipalityCode: SORTLAND }),
      person({ municipalityCode: HADSEL }),
      ctx({ maxDistanceKm: km * 2 }),
    );
    expect(half.breakdown.location.score).toBeCloseTo(0.5, 10);
  });

  it('gives 0 at exactly the maximum, still allowed, and blocks beyond it', () => {
    const km = haversineKm(places.get(SORTLAND)!, places.get(ANDOY)!);
    const at = scorePair(
      person({ municipalityCode: SORTLAND }),
      person({ municipalityCode: ANDOY }),
      ctx({ maxDistanceKm: km }),
    );
    expect(at).toMatchObject({ allowed: true, breakdown: { location: { score: 0 } } });
    const beyond = scorePair(person({ municipalityCode: SORTLAND }), person({ municipalityCode: BODO }), ctx());
    expect(beyond).toMatchObject({
      allowed: false,
      blockedBy: 'too_far',
      breakdown: { location: { score: 0, code: 'location_too_far' } },
    });
  });

  it('measures Sortland–Hadsel and Bodø–Narvik as the map does', () => {
    expect(haversineKm(places.get(SORTLAND)!, places.get(HADSEL)!)).toBeGreaterThan(20);
    expect(haversineKm(places.get(SORTLAND)!, places.get(HADSEL)!)).toBeLessThan(30);
    expect(haversineKm(places.get(BODO)!, places.get('1806')!)).toBeCloseTo(181, -1);
  });
});

describe('hard rules and the weighted score', () => {
  it('gives a mentee who asked for the same gender only such mentors', () => {
    const mentee = person({ gender: 'female', wantsSameGender: true });
    expect(scorePair(person({ gender: 'female' }), mentee, ctx()).allowed).toBe(true);
    expect(scorePair(person({ gender: 'male' }), mentee, ctx())).toMatchObject({
      allowed: false,
      blockedBy: 'gender_mismatch',
    });
    expect(scorePair(person({ gender: null }), mentee, ctx()).blockedBy).toBe('gender_mismatch');
    expect(scorePair(person({ gender: 'male' }), person({ gender: 'female' }), ctx()).allowed).toBe(true);
  });

  it('blocks rejected pairs and full mentors', () => {
    const mentor = person();
    const mentee = person();
    expect(scorePair(mentor, mentee, ctx({}, { rejected: new Set([`${mentor.id}:${mentee.id}`]) })).blockedBy).toBe(
      'rejected',
    );
    expect(scorePair(mentor, mentee, ctx({}, { full: new Set([mentor.id]) })).blockedBy).toBe('mentor_full');
  });

  it('is the weighted mean of the components, rounded to 4 decimals', () => {
    const mentor = person({
      professionCode: '7221',
      languages: [{ code: 'en', level: 'B2' }],
      municipalityCode: SORTLAND,
    });
    const mentee = person({
      professionCode: '7222',
      languages: [{ code: 'en', level: 'C1' }],
      municipalityCode: HADSEL,
    });
    const pair = scorePair(mentor, mentee, ctx());
    const loc = pair.breakdown.location.score;
    expect(pair.score).toBe(Math.round(((0.75 * 0.5 + 0.75 * 0.3 + loc * 0.2) / 1) * 10_000) / 10_000);
  });

  it('lets the weights change the ranking', () => {
    const mentee = person({
      professionCode: '2221',
      languages: [
        { code: 'en', level: 'B1' },
        { code: 'ar', level: 'native' },
      ],
    });
    const sameJob = person({ professionCode: '2221', languages: [{ code: 'en', level: 'B1' }] });
    const sameLanguage = person({ professionCode: '9412', languages: [{ code: 'ar', level: 'native' }] });
    const byDefault = ctx();
    expect(scorePair(sameJob, mentee, byDefault).score).toBeGreaterThan(
      scorePair(sameLanguage, mentee, byDefault).score,
    );
    const languageFirst = ctx({ weights: { profession: 0.1, language: 0.9, location: 0 } });
    expect(scorePair(sameLanguage, mentee, languageFirst).score).toBeGreaterThan(
      scorePair(sameJob, mentee, languageFirst).score,
    );
  });
});

describe('the score matrix', () => {
  const codes = [SORTLAND, HADSEL, ANDOY, '1867', '1868', '1851', BODO];
  const personArb = fc.record({
    municipalityCode: fc.constantFrom(...codes),
    languages: fc.uniqueArray(
      fc.record({ code: fc.constantFrom('nb', 'en', 'ar', 'uk', 'ti'), level: fc.constantFrom(...LANGUAGE_LEVELS) }),
      {
        minLength: 1,
        maxLength: 3,
        selector: (l) => l.code,
      },
    ),
    professionCode: fc.constantFrom('2221', '2222', '22', '7212', '7', '5120', '0110'),
    desiredProfessionCode: fc.option(fc.constantFrom('2221', '5120', '721'), { nil: null }),
    gender: fc.option(fc.constantFrom('female', 'male', 'other'), { nil: null }),
    wantsSameGender: fc.boolean(),
  });

  it('holds exactly the scores and allowed pairs of scorePair', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 6 }),
        fc.array(personArb, { minLength: 1, maxLength: 6 }),
        fc.record({
          profession: fc.double({ min: 0, max: 3, noNaN: true }),
          language: fc.double({ min: 0.01, max: 3, noNaN: true }),
          location: fc.double({ min: 0, max: 3, noNaN: true }),
        }),
        fc.integer({ min: 10, max: 200 }),
        (mentorSpecs, menteeSpecs, weights, maxDistanceKm) => {
          const mentors = mentorSpecs.map((s, i) => ({ ...s, id: `m${i}`, wantsSameGender: false }));
          const mentees = menteeSpecs.map((s, i) => ({
            ...s,
            id: `e${i}`,
            wantsSameGender: s.wantsSameGender && s.gender !== null,
          }));
          const context = ctx({ weights, maxDistanceKm }, { rejected: new Set(['m0:e0']) });
          const matrix = buildScoreMatrix(mentors, mentees, context);
          mentees.forEach((mentee, i) =>
            mentors.forEach((mentor, j) => {
              const pair = scorePair(mentor, mentee, context);
              const cell = matrix.scores[i * mentors.length + j];
              expect(cell).toBe(pair.allowed ? Math.round(pair.score * SCORE_SCALE) : FORBIDDEN);
            }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
