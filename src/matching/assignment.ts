import { FORBIDDEN, SCORE_SCALE, type ScoreMatrix } from './score-matrix.js';

/*
 * The optimiser (DESIGN.md, Matching): among all sets of pairs that keep the hard rules, first
 * as many mentees matched as possible, then the largest total score. A rectangular assignment
 * problem with forbidden pairs, where a mentor with k free places is k identical columns.
 * A shortest-augmenting-path solver of the Jonker–Volgenant family (after Crouse 2016) over typed
 * arrays, its inner loop shaped for V8; deterministic, so the same input gives the same pairs.
 *
 * - cost of a real pair = −score; every mentee also has a private "unmatched" column of cost
 *   K = 10,000 × (mentees + 1), never stored;
 * - a forbidden pair costs K more than the mentee's unmatched column: −s + ((s >> 31) & K) with
 *   s = FORBIDDEN = −1, with no branch. As column potentials only fall (v ≤ 0), its reduced cost is
 *   always above the row's unmatched column, so the search takes the unmatched column first and a
 *   forbidden pair is never chosen;
 * - columns are scanned in order 0..places−1 (no list of remaining columns): a column whose distance
 *   is final is retired by setting its potential to −∞ (the reduced cost becomes +∞, never an
 *   improvement) and its distance to +∞ (never the minimum); both are put back after the search;
 * - mentees with the fewest allowed mentors are added first (ties by input order);
 * - ties go to a free column before a taken one, then to the lowest column.
 */

export interface Assignment {
  /** For each mentee (row), the mentor (column of the matrix) it is matched with, or -1. */
  mentorOf: Int32Array;
  matched: number;
  /** Sum of the matched pairs' scores, in ten-thousandths. */
  totalScore: number;
}

const UNMATCHED = -2;

/**
 * @param capacity free places of each mentor (matrix column); 0 leaves the mentor out.
 */
export function solveAssignment(matrix: ScoreMatrix, capacity: ArrayLike<number>): Assignment {
  const n = matrix.mentees;
  const mentorCount = matrix.mentors;
  const scores = matrix.scores;
  let slots = 0;
  let oneEach = true;
  for (let m = 0; m < mentorCount; m++) {
    const c = Math.max(0, capacity[m] | 0);
    slots += c;
    if (c !== 1) oneEach = false;
  }
  const slotMentor = new Int32Array(slots);
  for (let m = 0, s = 0; m < mentorCount; m++) for (let k = 0; k < capacity[m]; k++) slotMentor[s++] = m;

  const K = SCORE_SCALE * (n + 1);
  if (K > 0x7fffffff) throw new RangeError('too many mentees for 32-bit costs');
  const u = new Float64Array(n);
  const v = new Float64Array(slots);
  const heldV = new Float64Array(slots);
  const final = new Float64Array(slots);
  const shortest = new Float64Array(slots);
  const path = new Int32Array(slots);
  const col4row = new Int32Array(n).fill(-1);
  const row4col = new Int32Array(slots).fill(-1);
  const scannedRows = new Int32Array(n);
  const scannedCols = new Int32Array(slots);

  // the most constrained mentees first: fewest mentors with a free place they may have
  const options = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let m = 0, base = i * mentorCount; m < mentorCount; m++) {
      if (scores[base + m] !== FORBIDDEN && capacity[m] > 0) count++;
    }
    options[i] = count;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => options[a] - options[b] || a - b);

  for (let k = 0; k < n; k++) {
    const curRow = order[k];
    shortest.fill(Infinity);
    let nScannedRows = 0;
    let nScannedCols = 0;
    let minVal = 0;
    let i = curRow;
    let bestDummy = Infinity;
    let bestDummyRow = -1;
    let sink = -1;
    let sinkIsDummy = false;

    while (sink === -1) {
      scannedRows[nScannedRows++] = i;
      const ui = u[i];
      const rowBase = i * mentorCount;
      const dummy = minVal + K - ui;
      if (dummy < bestDummy) {
        bestDummy = dummy;
        bestDummyRow = i;
      }
      const base = minVal - ui;
      let lowest = Infinity;
      let lowestFree = false;
      let index = -1;
      // The two loops differ only in how a column finds its mentor: written twice on purpose, so the
      // common case (every capacity 1) reads the matrix without the slotMentor indirection.
      if (oneEach) {
        for (let j = 0; j < slots; j++) {
          const s = scores[rowBase + j];
          const r = base - s + ((s >> 31) & K) - v[j];
          let sj = shortest[j];
          if (r < sj) {
            path[j] = i;
            shortest[j] = sj = r;
          }
          if (sj < lowest) {
            lowest = sj;
            index = j;
            lowestFree = row4col[j] === -1;
          } else if (sj === lowest && !lowestFree && row4col[j] === -1) {
            index = j;
            lowestFree = true;
          }
        }
      } else {
        for (let j = 0; j < slots; j++) {
          const s = scores[rowBase + slotMentor[j]];
          const r = base - s + ((s >> 31) & K) - v[j];
          let sj = shortest[j];
          if (r < sj) {
            path[j] = i;
            shortest[j] = sj = r;
          }
          if (sj < lowest) {
            lowest = sj;
            index = j;
            lowestFree = row4col[j] === -1;
          } else if (sj === lowest && !lowestFree && row4col[j] === -1) {
            index = j;
            lowestFree = true;
          }
        }
      }
      if (bestDummy < lowest) {
        minVal = bestDummy;
        sink = bestDummyRow;
        sinkIsDummy = true;
        break;
      }
      minVal = lowest;
      const j = index;
      // retire column j: its distance is final
      final[j] = lowest;
      heldV[j] = v[j];
      v[j] = -Infinity;
      shortest[j] = Infinity;
      scannedCols[nScannedCols++] = j;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j];
    }

    // new potentials: keep every reduced cost ≥ 0 and the matched pairs' at 0
    u[curRow] += minVal;
    for (let q = 0; q < nScannedRows; q++) {
      const r = scannedRows[q];
      if (r !== curRow) u[r] += minVal - final[col4row[r]];
    }
    for (let q = 0; q < nScannedCols; q++) {
      const j = scannedCols[q];
      v[j] = heldV[j] - (minVal - final[j]);
    }

    // augment along the path back to curRow
    let j: number;
    let r: number;
    if (sinkIsDummy) {
      r = sink;
      j = col4row[r];
      col4row[r] = UNMATCHED;
    } else {
      j = sink;
      r = -1;
    }
    while (r !== curRow) {
      r = path[j];
      row4col[j] = r;
      const previous = col4row[r];
      col4row[r] = j;
      j = previous;
    }
  }

  const mentorOf = new Int32Array(n).fill(-1);
  let matched = 0;
  let totalScore = 0;
  for (let r = 0; r < n; r++) {
    const j = col4row[r];
    if (j < 0) continue;
    const m = slotMentor[j];
    mentorOf[r] = m;
    matched++;
    totalScore += scores[r * mentorCount + m];
  }
  return { mentorOf, matched, totalScore };
}
