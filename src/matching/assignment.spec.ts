import fc from 'fast-check';
import munkres from 'munkres';
import { solveAssignment } from './assignment.js';
import { FORBIDDEN, SCORE_SCALE, type ScoreMatrix } from './score-matrix.js';

interface Instance {
  matrix: ScoreMatrix;
  capacity: number[];
}

function instance(rows: number[][], capacity?: number[]): Instance {
  const mentees = rows.length;
  const mentors = rows[0]?.length ?? capacity?.length ?? 0;
  return {
    matrix: { mentees, mentors, scores: Int32Array.from(rows.flat()) },
    capacity: capacity ?? Array(mentors).fill(1),
  };
}

/** Every way of matching, tried one by one: the lexicographic best (pairs, then total score). */
function bruteForce({ matrix, capacity }: Instance): { matched: number; totalScore: number } {
  const left = [...capacity];
  let best = { matched: 0, totalScore: 0 };
  const visit = (i: number, matched: number, total: number): void => {
    if (i === matrix.mentees) {
      if (matched > best.matched || (matched === best.matched && total > best.totalScore))
        best = { matched, totalScore: total };
      return;
    }
    visit(i + 1, matched, total);
    for (let m = 0; m < matrix.mentors; m++) {
      const s = matrix.scores[i * matrix.mentors + m];
      if (s === FORBIDDEN || left[m] === 0) continue;
      left[m]--;
      visit(i + 1, matched + 1, total + s);
      left[m]++;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** The same problem for the munkres package: slots and one "unmatched" column per mentee, all costs ≥ 0. */
function byMunkres({ matrix, capacity }: Instance): { matched: number; totalScore: number } {
  const n = matrix.mentees;
  const slots = capacity.flatMap((c, m) => Array<number>(c).fill(m));
  const K = SCORE_SCALE * (n + 1);
  const HUGE = K * (n + 2) * 4;
  const costs = Array.from({ length: n }, (_, i) => [
    ...slots.map((m) => {
      const s = matrix.scores[i * matrix.mentors + m];
      return s === FORBIDDEN ? HUGE : SCORE_SCALE - s;
    }),
    ...Array.from({ length: n }, (_, d) => (d === i ? K + SCORE_SCALE : HUGE)),
  ]);
  let matched = 0;
  let totalScore = 0;
  for (const [i, j] of munkres(costs)) {
    if (j < slots.length) {
      matched++;
      totalScore += matrix.scores[i * matrix.mentors + slots[j]];
    }
  }
  return { matched, totalScore };
}

function checkValid({ matrix, capacity }: Instance, mentorOf: Int32Array): void {
  const used = Array<number>(matrix.mentors).fill(0);
  mentorOf.forEach((m, i) => {
    if (m < 0) return;
    expect(matrix.scores[i * matrix.mentors + m]).not.toBe(FORBIDDEN);
    used[m]++;
  });
  used.forEach((u, m) => expect(u).toBeLessThanOrEqual(capacity[m]));
}

const scoreArb = fc.oneof(
  fc.constant(FORBIDDEN),
  fc.constantFrom(0, 2500, 5000, 7500, 10000), // ties, as real scores have
  fc.integer({ min: 0, max: SCORE_SCALE }),
);

function instanceArb(maxMentees: number, maxMentors: number, maxCapacity: number): fc.Arbitrary<Instance> {
  return fc
    .record({ n: fc.integer({ min: 0, max: maxMentees }), m: fc.integer({ min: 0, max: maxMentors }) })
    .chain(({ n, m }) =>
      fc
        .record({
          scores: fc.array(scoreArb, { minLength: n * m, maxLength: n * m }),
          capacity: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: m, maxLength: m }),
        })
        .map(({ scores, capacity }) => ({
          matrix: { mentees: n, mentors: m, scores: Int32Array.from(scores) },
          capacity,
        })),
    );
}

describe('solveAssignment', () => {
  it('equals brute force on every small shape: as many pairs as possible, then the best total', () => {
    fc.assert(
      fc.property(instanceArb(6, 5, 3), (inst) => {
        const result = solveAssignment(inst.matrix, inst.capacity);
        checkValid(inst, result.mentorOf);
        expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(bruteForce(inst));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the munkres package on random larger instances', () => {
    fc.assert(
      fc.property(instanceArb(28, 24, 2), (inst) => {
        const result = solveAssignment(inst.matrix, inst.capacity);
        checkValid(inst, result.mentorOf);
        expect({ matched: result.matched, totalScore: result.totalScore }).toEqual(byMunkres(inst));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(instanceArb(12, 10, 2), (inst) => {
        expect(solveAssignment(inst.matrix, inst.capacity).mentorOf).toEqual(
          solveAssignment(inst.matrix, inst.capacity).mentorOf,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives a mentee their only possible mentor even when another mentee scores higher with that mentor', () => {
    // mentee 0 can only have mentor 0; mentee 1 prefers mentor 0 but can have mentor 1
    const inst = instance([
      [3000, FORBIDDEN],
      [9000, 1000],
    ]);
    const result = solveAssignment(inst.matrix, inst.capacity);
    expect(Array.from(result.mentorOf)).toEqual([0, 1]);
    expect(result.totalScore).toBe(4000);
  });

  it('fills a mentor of capacity 2 with two mentees', () => {
    const inst = instance(
      [
        [9000, 1000],
        [8000, 2000],
        [7000, FORBIDDEN],
      ],
      [2, 1],
    );
    const result = solveAssignment(inst.matrix, inst.capacity);
    expect(result.matched).toBe(3);
    expect(Array.from(result.mentorOf).filter((m) => m === 0)).toHaveLength(2);
    expect(result.mentorOf[2]).toBe(0);
    expect(result.totalScore).toBe(9000 + 2000 + 7000);
  });

  it('handles more mentors than mentees and the reverse', () => {
    const wide = instance([[1000, 5000, 3000]]);
    expect(Array.from(solveAssignment(wide.matrix, wide.capacity).mentorOf)).toEqual([1]);
    const tall = instance([[1000], [5000], [3000]]);
    const result = solveAssignment(tall.matrix, tall.capacity);
    expect(Array.from(result.mentorOf)).toEqual([-1, 0, -1]);
  });

  it('matches no one when every pair is forbidden, or no mentor has a free place', () => {
    const forbidden = instance([
      [FORBIDDEN, FORBIDDEN],
      [FORBIDDEN, FORBIDDEN],
    ]);
    expect(solveAssignment(forbidden.matrix, forbidden.capacity)).toEqual({
      mentorOf: Int32Array.from([-1, -1]),
      matched: 0,
      totalScore: 0,
    });
    const full = instance([[5000, 5000]], [0, 0]);
    expect(solveAssignment(full.matrix, full.capacity).matched).toBe(0);
  });

  it('prefers one more pair to a higher total', () => {
    // one pair of 10000, or two pairs of 1 each: two pairs win
    const inst = instance([
      [10000, FORBIDDEN],
      [1, 1],
    ]);
    const swapped = instance([
      [10000, 1],
      [1, FORBIDDEN],
    ]);
    expect(solveAssignment(inst.matrix, inst.capacity).matched).toBe(2);
    expect(Array.from(solveAssignment(swapped.matrix, swapped.capacity).mentorOf)).toEqual([1, 0]);
  });
});
