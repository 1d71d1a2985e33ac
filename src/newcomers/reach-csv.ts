import type { CsvSeparator } from '../stats/dto/stats.dto.js';
import { toCsv } from '../stats/stats-csv.js';
import type { ReachResponse } from './dto/newcomer.response.js';

/** Reach as CSV: one residence category a line and a total line, the columns named as in the JSON. */
export function reachCsv(reach: ReachResponse, separator?: CsvSeparator): string {
  return toCsv(
    [
      [
        'municipalityCode',
        'from',
        'to',
        'category',
        'registered',
        'reachedByEvening',
        'inMentorProgramme',
        'careerGuidanceDone',
      ],
      ...[...reach.byCategory, { category: 'total', ...reach.total }].map((c) => [
        reach.municipalityCode,
        reach.from,
        reach.to,
        c.category,
        c.registered,
        c.reachedByEvening,
        c.inMentorProgramme,
        c.careerGuidanceDone,
      ]),
    ],
    separator,
  );
}
