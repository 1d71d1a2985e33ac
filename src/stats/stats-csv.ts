import { stringify } from 'csv-stringify/sync';
import type { CsvSeparator } from './dto/stats.dto.js';
import { MATCH_STATUSES } from '../matching/match.entity.js';
import { EMPLOYMENT_STATUSES, MENTEE_CATEGORIES } from '../participants/participant-fields.js';
import { UNKNOWN, UNSPECIFIED, type ProgrammeStats, type ProgrammeSummary } from './programme-stats.js';

/*
 * The stats as CSV for spreadsheets. UTF-8 with a byte-order mark (so Excel reads æ, ø, å right),
 * CRLF line ends, ISO 8601 dates, empty cells for "no figure" (a rate with nothing to divide).
 * With the semicolon separator, decimals get a decimal comma, as Excel with Norwegian settings
 * expects; with the comma separator, a decimal point. A cell starting with =, +, -, @ is escaped
 * so a name can never run as a formula.
 */

export type Cell = string | number | boolean | null;

export function toCsv(records: Cell[][], separator: CsvSeparator = 'comma'): string {
  const semicolon = separator === 'semicolon';
  return stringify(records, {
    bom: true,
    delimiter: semicolon ? ';' : ',',
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: {
      number: (value) => (semicolon ? String(value).replace('.', ',') : String(value)),
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
}

/**
 * One figure a line: `section, item, metric, value`. `section` is where the figure sits in the
 * JSON (participants.byCategory, compliance, ...), `item` the key or id of its entry when the
 * section has several (a category, a municipality code, a month, a gathering id), `metric` the
 * field. So a spreadsheet can filter and pivot it, and it carries exactly the JSON's figures.
 */
export function programmeStatsCsv(stats: ProgrammeStats, separator?: CsvSeparator): string {
  const rows: Cell[][] = [['section', 'item', 'metric', 'value']];
  const add = (section: string, item: string, metric: string, value: Cell) => rows.push([section, item, metric, value]);
  const addAll = (section: string, item: string, figures: object) => {
    for (const [metric, value] of Object.entries(figures)) add(section, item, metric, value as Cell);
  };

  add('programme', '', 'programmeId', stats.programmeId);
  add('programme', '', 'asOf', stats.asOf);
  add('programme', '', 'municipalityCodes', stats.municipalityCodes.join(' '));
  add('programme', '', 'completionRate', stats.completionRate);
  add('participants', '', 'mentors', stats.participants.mentors);
  add('participants', '', 'mentees', stats.participants.mentees);
  for (const [category, n] of Object.entries(stats.participants.byCategory)) {
    add('participants.byCategory', category, 'mentees', n);
  }
  for (const [code, place] of Object.entries(stats.participants.byMunicipality)) {
    addAll('participants.byMunicipality', code, place);
  }
  addAll('matches', '', stats.matches);
  addAll('meetings', '', stats.meetings);
  for (const { month, ...figures } of stats.compliance) addAll('compliance', month, figures);
  for (const { id, ...figures } of stats.gatherings) addAll('gatherings', id, figures);
  addAll('employment.atStart', '', stats.employment.atStart);
  addAll('employment.atEnd', '', stats.employment.atEnd);
  addAll('employment.inWorkOrEducation', '', stats.employment.inWorkOrEducation);
  return toCsv(rows, separator);
}

const WORK_OR_EDUCATION_FIELDS = ['mentees', 'atStart', 'atEnd', 'rateAtStart', 'rateAtEnd'] as const;
const EMPLOYMENT_KEYS = [...EMPLOYMENT_STATUSES, UNKNOWN];

type Column = [name: string, pick: (s: ProgrammeSummary) => Cell];

function nested(path: string, pick: (s: ProgrammeSummary) => object, keys: readonly string[]): Column[] {
  return keys.map((key) => [`${path}.${key}`, (s) => (pick(s) as Record<string, Cell>)[key]]);
}

/** The columns of GET /stats.csv: one programme a line, each column named by its JSON path. */
const SUMMARY_COLUMNS: Column[] = [
  ['programmeId', (s) => s.programmeId],
  ['name', (s) => s.name],
  ['startDate', (s) => s.startDate],
  ['endDate', (s) => s.endDate],
  ['asOf', (s) => s.asOf],
  ['municipalityCodes', (s) => s.municipalityCodes.join(' ')],
  ['participants.mentors', (s) => s.participants.mentors],
  ['participants.mentees', (s) => s.participants.mentees],
  ...nested('participants.byCategory', (s) => s.participants.byCategory, [...MENTEE_CATEGORIES, UNSPECIFIED]),
  ...nested('matches', (s) => s.matches, MATCH_STATUSES),
  ...nested('meetings', (s) => s.meetings, ['count', 'minutes']),
  ['completionRate', (s) => s.completionRate],
  ['complianceRate', (s) => s.complianceRate],
  ['attendanceRate', (s) => s.attendanceRate],
  ...nested('employment.atStart', (s) => s.employment.atStart, EMPLOYMENT_KEYS),
  ...nested('employment.atEnd', (s) => s.employment.atEnd, EMPLOYMENT_KEYS),
  ...nested('employment.inWorkOrEducation', (s) => s.employment.inWorkOrEducation, WORK_OR_EDUCATION_FIELDS),
];

export function statsOverviewCsv(summaries: ProgrammeSummary[], separator?: CsvSeparator): string {
  return toCsv(
    [SUMMARY_COLUMNS.map(([name]) => name), ...summaries.map((s) => SUMMARY_COLUMNS.map(([, pick]) => pick(s)))],
    separator,
  );
}
