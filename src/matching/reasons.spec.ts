import { BODO, HADSEL, person, places } from '../../test/support/match-people.js';
import { DEFAULT_RULES } from '../programmes/programme-rules.js';
import { explain, unmatchedReason } from './reasons.js';
import { buildScoreMatrix } from './score-matrix.js';
import { scorePair, type MatchPerson, type ScoringContext } from './scoring.js';

function ctx(extra: Partial<ScoringContext> = {}): ScoringContext {
  return { rules: DEFAULT_RULES, place: (code) => places.get(code)!, ...extra };
}

/** Why the one mentee is left out among these mentors, with the matrix the optimiser had. */
function reasonFor(mentee: MatchPerson, mentors: MatchPerson[], context = ctx()): string {
  const matrix = buildScoreMatrix(mentors, [mentee], context);
  return unmatchedReason(0, mentee, mentors, matrix.scores, context);
}

const NORWEGIAN = [{ code: 'nb', level: 'native' as const }];
const TIGRINYA = [{ code: 'ti', level: 'native' as const }];

describe('unmatchedReason', () => {
  it('says the places went to others when any pair was allowed', () => {
    expect(reasonFor(person(), [person({ municipalityCode: BODO }), person()])).toBe('all_candidates_taken');
  });

  it('names the missing language when no mentor shares one at A2 or better', () => {
    const mentee = person({ languages: TIGRINYA });
    expect(
      reasonFor(mentee, [person({ languages: NORWEGIAN }), person({ languages: [{ code: 'ti', level: 'A1' }] })]),
    ).toBe('no_common_language');
  });

  it('names the distance when the only mentors sharing a language live too far', () => {
    const mentee = person({ languages: TIGRINYA });
    const mentors = [
      person({ languages: NORWEGIAN }), // near, but no language in common
      person({ languages: TIGRINYA, municipalityCode: BODO }),
    ];
    expect(reasonFor(mentee, mentors)).toBe('too_far');
  });

  it('counts a mentor within the programme’s distance as near', () => {
    const mentee = person({ gender: 'female', wantsSameGender: true });
    const mentors = [person({ municipalityCode: HADSEL, gender: 'male' })];
    expect(reasonFor(mentee, mentors)).toBe('no_mentor_of_asked_gender');
    expect(reasonFor(mentee, mentors, ctx({ rules: { ...DEFAULT_RULES, maxDistanceKm: 5 } }))).toBe('too_far');
  });

  it('names the gender wish when every near mentor sharing a language breaks it', () => {
    const mentee = person({ gender: 'female', wantsSameGender: true });
    const mentors = [
      person({ gender: 'male' }),
      person({ gender: null }),
      person({ gender: 'female', municipalityCode: BODO }),
    ];
    expect(reasonFor(mentee, mentors)).toBe('no_mentor_of_asked_gender');
  });

  it('says the coordinator rejected the rest when the near, fitting mentors were all rejected', () => {
    const mentee = person();
    const mentor = person();
    expect(reasonFor(mentee, [mentor], ctx({ rejected: new Set([`${mentor.id}:${mentee.id}`]) }))).toBe(
      'all_candidates_rejected',
    );
  });

  it('reads only the mentee’s own row of the matrix', () => {
    const mentors = [person({ languages: NORWEGIAN })];
    const speaking = person({ languages: NORWEGIAN });
    const silent = person({ languages: TIGRINYA });
    const context = ctx();
    const matrix = buildScoreMatrix(mentors, [speaking, silent], context);
    expect(unmatchedReason(0, speaking, mentors, matrix.scores, context)).toBe('all_candidates_taken');
    expect(unmatchedReason(1, silent, mentors, matrix.scores, context)).toBe('no_common_language');
  });
});

describe('explain', () => {
  it('gives the language reason for no common language', () => {
    const pair = scorePair(person({ languages: NORWEGIAN }), person({ languages: TIGRINYA }), ctx());
    expect(pair.blockedBy).toBe('no_common_language');
    expect(explain(pair)).toBe('No language in common');
  });

  it('gives the distance for too far', () => {
    const pair = scorePair(person({ municipalityCode: BODO }), person(), ctx());
    expect(pair.blockedBy).toBe('too_far');
    expect(explain(pair)).toBe(pair.breakdown.location.reason);
    expect(explain(pair)).toBe("163 km apart (Bodø–Sortland), beyond the programme's 100 km");
  });

  it('names the gender wish', () => {
    const pair = scorePair(person({ gender: 'male' }), person({ gender: 'female', wantsSameGender: true }), ctx());
    expect(pair.blockedBy).toBe('gender_mismatch');
    expect(explain(pair)).toBe('the mentee asked for a mentor of the same gender');
  });

  it('names an earlier rejection', () => {
    const mentor = person();
    const mentee = person();
    const pair = scorePair(mentor, mentee, ctx({ rejected: new Set([`${mentor.id}:${mentee.id}`]) }));
    expect(pair.blockedBy).toBe('rejected');
    expect(explain(pair)).toBe('the coordinator rejected this pair before');
  });
});
