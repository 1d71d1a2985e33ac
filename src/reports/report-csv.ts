import type { CsvSeparator } from '../stats/dto/stats.dto.js';
import { toCsv, type Cell } from '../stats/stats-csv.js';
import type { FunderReport } from './funder-report.js';

/** The funder report as CSV, one figure a line (section, item, metric, value), as the stats' CSV. */
export function funderReportCsv(report: FunderReport, separator?: CsvSeparator): string {
  const rows: Cell[][] = [['section', 'item', 'metric', 'value']];
  const add = (section: string, item: string, metric: string, value: Cell) => rows.push([section, item, metric, value]);
  const addAll = (section: string, item: string, figures: object) => {
    for (const [metric, value] of Object.entries(figures)) add(section, item, metric, value as Cell);
  };
  add('programme', '', 'programmeId', report.programmeId);
  add('programme', '', 'name', report.programmeName);
  add('programme', '', 'startDate', report.startDate);
  add('programme', '', 'endDate', report.endDate);
  add('programme', '', 'asOf', report.asOf);
  add('participants', '', 'mentors', report.participants.mentors);
  add('participants', '', 'mentees', report.participants.mentees);
  for (const [gender, counts] of Object.entries(report.participants.byGender)) {
    addAll('participants.byGender', gender, counts);
  }
  for (const [band, counts] of Object.entries(report.participants.byAgeBand)) {
    addAll('participants.byAgeBand', band, counts);
  }
  for (const [category, n] of Object.entries(report.participants.byCategory)) {
    add('participants.byCategory', category, 'mentees', n);
  }
  for (const [code, place] of Object.entries(report.participants.byMunicipality)) {
    addAll('participants.byMunicipality', code, place);
  }
  addAll('pairs', '', report.pairs);
  addAll('meetings', '', report.meetings);
  for (const { kind, ...figures } of report.gatherings) addAll('gatherings', kind, figures);
  for (const { kind, ...figures } of report.surveys) addAll('surveys', kind, figures);
  for (const row of report.employment) {
    addAll('employment', row.when, row.counts);
    add('employment', row.when, 'answered', row.answered);
    add('employment', row.when, 'inWorkOrEducation', row.inWorkOrEducation);
  }
  addAll('helped', '', report.helped);
  return toCsv(rows, separator);
}
