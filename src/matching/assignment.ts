import { FORBIDDEN, SCORE_SCALE, type ScoreMatrix } from './score-matrix.js';

/*
 * The optimiser (DESIGN.md, Matching): among all sets of pairs that keep the hard rules, first
 * as many mentees matched as possible, then the largest total score. A rectangular assignment
 * problem with forbidden pairs, where a mentor with k free places is k identical columns.
 *
 * It is a shortest-augmenting-path solver of the Jonker–Volgenant family (the one scipy's
 * linear_sum_assignment uses, after Crouse 2016), over typed arrays:
 * - cost of a real pair = −score (integers, ten-thousandths, so every sum is exact);
 * - every mentee also has a private "unmatched" column of cost K = 10,000 × (mentees + 1),
 *   more than any total score, so a matching with one more pair is always cheaper. These columns
 *   are never stored: a mentee's one is a candidate as soon as the search reaches the mentee;
 * - mentees are added one by one in input order, each by a Dijkstra search over reduced costs;
 *   ties go to the lowest column, and to a free column before a taken one, so the same input
 *   always gives the same answer.
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
  for (let m = 0; m < mentorCount; m++) slots += Math.max(0, capacity[m] | 0);
  const slotMentor = new Int32Array(slots);
  for (let m = 0, s = 0; m < mentorCount; m++) for (let k = 0; k < capacity[m]; k++) slotMentor[s++] = m;

  const K = SCORE_SCALE * (n + 1);
  const u = new Float64Array(n);
  const v = new Float64Array(slots);
  const shortest = new Float64Array(slots);
  const path = new Int32Array(slots);
  const col4row = new Int32Array(n).fill(-1);
  const row4col = new Int32Array(slots).fill(-1);
  const remaining = new Int32Array(slots);
  const scannedRows = new Int32Array(n);
  const scannedCols = new Int32Array(slots);

  for (let curRow = 0; curRow < n; curRow++) {
    shortest.fill(Infinity);
    for (let j = 0; j < slots; j++) remaining[j] = slots - 1 - j;
    let numRemaining = slots;
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
      let lowest = Infinity;
      let index = -1;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it];
        const s = scores[rowBase + slotMentor[j]];
        if (s !== FORBIDDEN) {
          const r = minVal - s - ui - v[j];
          if (r < shortest[j]) {
            path[j] = i;
            shortest[j] = r;
          }
        }
        const sj = shortest[j];
        if (sj < lowest || (sj === lowest && row4col[j] === -1)) {
          lowest = sj;
          index = it;
        }
      }
      if (bestDummy < lowest) {
        minVal = bestDummy;
        sink = bestDummyRow;
        sinkIsDummy = true;
        break;
      }
      minVal = lowest;
      const j = remaining[index];
      remaining[index] = remaining[--numRemaining];
      scannedCols[nScannedCols++] = j;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j];
    }

    // new potentials: keep every reduced cost ≥ 0 and the matched pairs' at 0
    u[curRow] += minVal;
    for (let k = 0; k < nScannedRows; k++) {
      const r = scannedRows[k];
      if (r !== curRow) u[r] += minVal - shortest[col4row[r]];
    }
    for (let k = 0; k < nScannedCols; k++) {
      const j = scannedCols[k];
      v[j] -= minVal - shortest[j];
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
