import { fork } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import munkres from 'munkres';
import { solveAssignment, type Assignment } from '../src/matching/assignment.js';
import { FORBIDDEN, SCORE_SCALE, type ScoreMatrix } from '../src/matching/score-matrix.js';
import { median } from './cli.js';
import { makeProblem, parseInstance, slotsOf, type InstanceSpec, type Problem } from './instances.js';

/*
 * npm run bench:matching — the solver benchmark of issue 3 (no database, no Redis).
 *
 * Instances: uniform random score matrices (dense; 70 % of pairs forbidden) and realistic ones
 * scored by our buildScoreMatrix from generated Vesterålen mentors and mentees, at each size, plus
 * one realistic instance with mentors of capacity 2. Every instance comes from a seeded PRNG, so
 * every run sees the same matrices.
 *
 * Each solver runs in a child process of its own per instance, so that each one's peak RSS is its
 * own and neither warms the other's JIT. munkres gets the matrix the way assignment.spec.ts builds
 * it: cost 10,000 − score, forbidden pairs a huge cost, one private "unmatched" column per mentee.
 * Where every mentee is matched and there are as many places as mentees (the random instances),
 * munkres also gets the plain square matrix: the same problem, and much faster for it (its own
 * column reduction and greedy start only apply to a square matrix).
 *
 *   node dist/bench/matching.js [--sizes 1000,2000,5000] [--runs 5] [--munkres-runs-large 1]
 *                               [--munkres-large-above 2000] [--only realistic-2000,random-1000,…]
 *                               [--no-munkres] [--no-square] [--seed 20250603]
 *   node dist/bench/matching.js --child ours|munkres [--square] --instance realistic-5000 --runs 1
 *       one solver on one instance in this process, printing JSON (for node --cpu-prof)
 */

type Solver = 'ours' | 'munkres';

interface ChildResult {
  solver: Solver;
  times: number[];
  buildTimes: number[];
  matched: number;
  totalScore: number;
  matrixBytes: number;
  peakRssBytes: number;
  slots: number;
  forbiddenShare: number;
  noLanguageShare?: number;
  distinctScores: number;
  /** munkres only: the form of its cost matrix. */
  form?: 'dummy columns' | 'square';
  error?: string;
}

const TARGET_SCIPY_REALISTIC_5000 = 3.7;
const TARGET_SCIPY_RANDOM_2000 = 0.35;
const MUNKRES_REFERENCE: Record<string, number> = { 'random-2000': 0.48, 'realistic-5000': 6.1 };

// ---------------------------------------------------------------------------------------------
// The two solvers on one problem

function matrixStats(matrix: ScoreMatrix): { forbiddenShare: number; distinctScores: number } {
  const seen = new Uint8Array(SCORE_SCALE + 1);
  let forbidden = 0;
  let distinct = 0;
  for (const s of matrix.scores) {
    if (s === FORBIDDEN) forbidden++;
    else if (seen[s] === 0) {
      seen[s] = 1;
      distinct++;
    }
  }
  return { forbiddenShare: forbidden / Math.max(1, matrix.scores.length), distinctScores: distinct };
}

function runOurs(problem: Problem, runs: number): Pick<ChildResult, 'times' | 'matched' | 'totalScore'> {
  const { matrix, capacity } = problem;
  const times: number[] = [];
  let result: Assignment | undefined;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = solveAssignment(matrix, capacity);
    times.push((performance.now() - start) / 1000);
  }
  if (!result) throw new Error('no run');
  // the answer must keep the hard rules and the capacities, and its total must be what it says
  const used = new Int32Array(matrix.mentors);
  let total = 0;
  let matched = 0;
  result.mentorOf.forEach((m, i) => {
    if (m < 0) return;
    const s = matrix.scores[i * matrix.mentors + m];
    if (s === FORBIDDEN) throw new Error(`ours matched the forbidden pair ${i}–${m}`);
    if (++used[m] > capacity[m]) throw new Error(`ours filled mentor ${m} beyond capacity`);
    total += s;
    matched++;
  });
  if (total !== result.totalScore || matched !== result.matched) throw new Error('ours reports a wrong total');
  return { times, matched, totalScore: result.totalScore };
}

/**
 * The problem as munkres wants it, as assignment.spec.ts's byMunkres builds it: a row per mentee,
 * a column per mentor place and (unless `square`) one "unmatched" column per mentee.
 * `square` (only when every mentee can be matched and places = mentees) drops those columns.
 */
function munkresCosts(problem: Problem, slots: Int32Array, square: boolean): number[][] {
  const { matrix } = problem;
  const n = matrix.mentees;
  const K = SCORE_SCALE * (n + 1);
  const HUGE = K * (n + 2) * 4;
  const costs: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    const base = i * matrix.mentors;
    for (let j = 0; j < slots.length; j++) {
      const s = matrix.scores[base + slots[j]];
      row.push(s === FORBIDDEN ? HUGE : SCORE_SCALE - s);
    }
    if (!square) for (let d = 0; d < n; d++) row.push(d === i ? K + SCORE_SCALE : HUGE);
    costs.push(row);
  }
  return costs;
}

function runMunkres(
  problem: Problem,
  runs: number,
  square: boolean,
): Pick<ChildResult, 'times' | 'matched' | 'totalScore' | 'matrixBytes'> {
  const { matrix } = problem;
  const slots = slotsOf(problem.capacity);
  if (square && slots.length !== matrix.mentees) throw new Error('the square form needs as many places as mentees');
  const costs = munkresCosts(problem, slots, square);
  const times: number[] = [];
  let pairs: [number, number][] = [];
  for (let run = 0; run < runs; run++) {
    const t = performance.now();
    pairs = munkres(costs);
    times.push((performance.now() - t) / 1000);
  }
  let matched = 0;
  let totalScore = 0;
  for (const [i, j] of pairs) {
    if (j >= slots.length) continue;
    const s = matrix.scores[i * matrix.mentors + slots[j]];
    if (s === FORBIDDEN) continue; // only the square form can be forced onto a forbidden pair
    matched++;
    totalScore += s;
  }
  // number[][] of doubles (the huge costs are not small integers): 8 bytes a cell
  const matrixBytes = costs.length * (costs[0]?.length ?? 0) * 8;
  return { times, matched, totalScore, matrixBytes };
}

// ---------------------------------------------------------------------------------------------
// Child: one solver on one instance

function child(solver: Solver, spec: InstanceSpec, seed: number, runs: number, square: boolean): ChildResult {
  const problem = makeProblem(spec, seed, solver === 'ours' && spec.kind === 'realistic' ? runs : 1, solver === 'ours');
  const { forbiddenShare, distinctScores } =
    solver === 'ours' ? matrixStats(problem.matrix) : { forbiddenShare: 0, distinctScores: 0 };
  const common = {
    solver,
    buildTimes: solver === 'ours' ? problem.buildTimes : [],
    slots: slotsOf(problem.capacity).length,
    forbiddenShare,
    distinctScores,
    noLanguageShare: problem.noLanguageShare,
  };
  if (solver === 'ours') {
    const result = runOurs(problem, runs);
    return {
      ...common,
      ...result,
      matrixBytes: problem.matrix.scores.byteLength,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
  }
  const result = runMunkres(problem, runs, square);
  return {
    ...common,
    ...result,
    form: square ? 'square' : 'dummy columns',
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

function spawnChild(
  solver: Solver,
  spec: InstanceSpec,
  seed: number,
  runs: number,
  square: boolean,
): Promise<ChildResult> {
  const args = ['--child', solver, '--instance', spec.key, '--seed', String(seed), '--runs', String(runs)];
  if (square) args.push('--square');
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), args, { execArgv: process.execArgv });
    let result: ChildResult | undefined;
    proc.on('message', (message) => {
      result = message as ChildResult;
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (result?.error) reject(new Error(`${solver} on ${spec.key}: ${result.error}`));
      else if (result) resolve(result);
      else reject(new Error(`${solver} on ${spec.key} exited with ${signal ?? code} and no result`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: every instance, then the table

const sec = (x: number | undefined): string => (x === undefined ? '—' : `${x.toFixed(3)} s`);
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(x * 100).toFixed(0)} %`);

interface Row {
  spec: InstanceSpec;
  ours: ChildResult;
  /** munkres on the matrix with one "unmatched" column per mentee, as assignment.spec.ts builds it. */
  munkres?: ChildResult;
  /** munkres on the square matrix, where that is the same problem (every mentee matched, one place each). */
  square?: ChildResult;
}

function label(spec: InstanceSpec): string {
  if (spec.kind === 'random') return 'random, dense';
  if (spec.kind === 'forbidden70') return 'random, 70 % forbidden';
  return spec.capacity > 1 ? `realistic, capacity ${spec.capacity}` : 'realistic';
}

const agrees = (ours: ChildResult, other: ChildResult | undefined): boolean =>
  !other || (other.matched === ours.matched && other.totalScore === ours.totalScore);

function munkresCell(ours: ChildResult, mk: ChildResult | undefined): string {
  if (!mk) return '—';
  const m = median(mk.times);
  return `${sec(m)} (${mk.times.length}) ${(m / median(ours.times)).toFixed(2)}×`;
}

function report(rows: Row[], runs: number, largeAbove: number, largeRuns: number, loadAtStart: number[]): string {
  const cpus = os.cpus();
  const lines: string[] = [];
  lines.push(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${mib(os.totalmem())} RAM`);
  lines.push(`Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.release()}`);
  const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
  lines.push(`Load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(os.loadavg())} at the end`);
  lines.push(
    `Ours: median of ${runs} runs. munkres: median of ${runs} runs up to ${largeAbove} mentees, ` +
      `${largeRuns} above (the number in brackets), and its time ÷ ours. Matrix build: buildScoreMatrix, median of ${runs}.`,
  );
  lines.push(
    'munkres: the cost matrix of assignment.spec.ts (10,000 − score, forbidden = huge, one "unmatched" column per ' +
      'mentee); munkres square: without those columns, only where every mentee is matched and places = mentees.',
  );
  lines.push('');
  lines.push(
    '| Instance | Mentees × mentors (places) | Forbidden (no language) | Distinct scores | Ours median | Ours min | Ours max | munkres median | munkres square median | Matrix build median | Same pairs & total |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { spec, ours, munkres: mk, square } of rows) {
    let same = `— (ours ${ours.matched} pairs)`;
    if (mk || square) {
      same =
        agrees(ours, mk) && agrees(ours, square)
          ? `OK (${ours.matched} pairs, ${(ours.totalScore / SCORE_SCALE).toFixed(4)})`
          : `MISMATCH (ours ${ours.matched}/${ours.totalScore}` +
            `${mk ? `, munkres ${mk.matched}/${mk.totalScore}` : ''}` +
            `${square ? `, square ${square.matched}/${square.totalScore}` : ''})`;
    }
    const places = spec.capacity > 1 ? ` (${ours.slots})` : '';
    lines.push(
      `| ${label(spec)} | ${spec.mentees} × ${spec.mentors}${places} | ${pct(ours.forbiddenShare)}` +
        `${ours.noLanguageShare === undefined ? '' : ` (${pct(ours.noLanguageShare)})`} | ${ours.distinctScores} | ` +
        `${sec(median(ours.times))} | ${sec(Math.min(...ours.times))} | ${sec(Math.max(...ours.times))} | ` +
        `${munkresCell(ours, mk)} | ${munkresCell(ours, square)} | ` +
        `${ours.buildTimes.length ? sec(median(ours.buildTimes)) : '—'} | ${same} |`,
    );
  }
  lines.push('');
  lines.push('Memory (each solver in a child process of its own; peak RSS of that process):');
  lines.push('');
  lines.push(
    '| Instance | Size | Score matrix (Int32Array) | Ours peak RSS | munkres cost matrix (number[][], 8 B a cell) | munkres peak RSS | munkres square: matrix, peak RSS |',
  );
  lines.push('|---|---|---|---|---|---|---|');
  for (const { spec, ours, munkres: mk, square } of rows) {
    lines.push(
      `| ${label(spec)} | ${spec.mentees} × ${spec.mentors} | ${ours.matrixBytes} B (${mib(ours.matrixBytes)}) | ` +
        `${mib(ours.peakRssBytes)} | ${mk ? `${mk.matrixBytes} B (${mib(mk.matrixBytes)})` : '—'} | ` +
        `${mk ? mib(mk.peakRssBytes) : '—'} | ` +
        `${square ? `${mib(square.matrixBytes)}, ${mib(square.peakRssBytes)}` : '—'} |`,
    );
  }

  lines.push('');
  lines.push('Targets (issue 3):');
  const find = (key: string): Row | undefined => rows.find((r) => r.spec.key === key);
  for (const { spec, ours, munkres: mk, square } of rows) {
    const o = median(ours.times);
    for (const [form, other] of [
      ['munkres', mk],
      ['munkres square', square],
    ] as const) {
      if (!other) continue;
      const m = median(other.times);
      lines.push(`- faster than ${form}, ${spec.key}: ${o < m ? 'yes' : 'NO'} (${sec(o)} vs ${sec(m)})`);
    }
  }
  const real5000 = find('realistic-5000');
  if (real5000) {
    const o = median(real5000.ours.times);
    const limit = 1.2 * TARGET_SCIPY_REALISTIC_5000;
    lines.push(
      `- realistic 5000² within 1.2 × scipy (${TARGET_SCIPY_REALISTIC_5000} s → ${limit.toFixed(2)} s): ` +
        `${o <= limit ? 'yes' : 'NO'} (${sec(o)}, ${(o / TARGET_SCIPY_REALISTIC_5000).toFixed(2)} × scipy)`,
    );
    const b = median(real5000.ours.buildTimes);
    lines.push(`- score matrix 5000² built in under 1 s: ${b < 1 ? 'yes' : 'NO'} (${sec(b)})`);
  }
  const random2000 = find('random-2000');
  if (random2000) {
    const o = median(random2000.ours.times);
    lines.push(
      `- for reference, random 2000² against scipy's ${TARGET_SCIPY_RANDOM_2000} s: ` +
        `${(o / TARGET_SCIPY_RANDOM_2000).toFixed(2)} × scipy (${sec(o)})`,
    );
  }
  for (const [key, seconds] of Object.entries(MUNKRES_REFERENCE)) {
    const row = find(key);
    for (const other of [row?.munkres, row?.square]) {
      if (other) {
        lines.push(
          `- munkres (${other.form}) on ${key} here: ${sec(median(other.times))}; the issue measured ${seconds} s`,
        );
      }
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,2000,5000' },
      runs: { type: 'string', default: '5' },
      'munkres-runs-large': { type: 'string', default: '1' },
      'munkres-large-above': { type: 'string', default: '2000' },
      only: { type: 'string' },
      seed: { type: 'string', default: '20250603' },
      'no-munkres': { type: 'boolean', default: false },
      'no-square': { type: 'boolean', default: false },
      square: { type: 'boolean', default: false },
      child: { type: 'string' },
      instance: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const seed = Number(values.seed) >>> 0;

  if (values.child) {
    if (values.child !== 'ours' && values.child !== 'munkres') throw new Error(`unknown solver ${values.child}`);
    const solver: Solver = values.child;
    let result: ChildResult;
    try {
      result = child(solver, parseInstance(values.instance ?? ''), seed, runs, values.square);
    } catch (error) {
      result = { solver, error: String(error) } as ChildResult;
    }
    if (process.send) process.send(result, () => process.disconnect());
    else console.log(JSON.stringify(result));
    return;
  }

  const sizes = values.sizes.split(',').map(Number);
  const keys = values.only?.split(',') ?? [
    ...sizes.flatMap((n) => [`random-${n}`, `forbidden70-${n}`, `realistic-${n}`]),
    `realistic-cap2-${Math.max(...sizes)}`,
  ];
  const largeAbove = Number(values['munkres-large-above']);
  const largeRuns = Math.max(1, Number(values['munkres-runs-large']));
  const rows: Row[] = [];
  const loadAtStart = os.loadavg();
  for (const key of keys) {
    const spec = parseInstance(key);
    process.stderr.write(`${key}: ours …`);
    const ours = await spawnChild('ours', spec, seed, runs, false);
    process.stderr.write(` ${sec(median(ours.times))}`);
    const row: Row = { spec, ours };
    if (!values['no-munkres']) {
      const mkRuns = spec.mentees > largeAbove ? largeRuns : runs;
      process.stderr.write(`; munkres ×${mkRuns} …`);
      row.munkres = await spawnChild('munkres', spec, seed, mkRuns, false);
      process.stderr.write(` ${sec(median(row.munkres.times))} ${agrees(ours, row.munkres) ? 'OK' : 'MISMATCH'}`);
      // the square form only where it is the same problem: every mentee matched, one place each
      if (!values['no-square'] && ours.matched === spec.mentees && ours.slots === spec.mentees) {
        process.stderr.write(`; square ×${mkRuns} …`);
        row.square = await spawnChild('munkres', spec, seed, mkRuns, true);
        process.stderr.write(` ${sec(median(row.square.times))} ${agrees(ours, row.square) ? 'OK' : 'MISMATCH'}`);
      }
    }
    process.stderr.write('\n');
    rows.push(row);
  }
  console.log(report(rows, runs, largeAbove, largeRuns, loadAtStart));
  if (rows.some((r) => !agrees(r.ours, r.munkres) || !agrees(r.ours, r.square))) process.exitCode = 1;
}

await main();
