import { pdfmake } from '../common/pdf.js';
import type { FunderReport } from './funder-report.js';
import { REPORT_TEXTS, type ReportLanguage } from './report-texts.js';

/*
 * The funder report on one A4 page, in bokmål, nynorsk or English (report-texts.ts): the figures
 * in small tables, and two bar charts drawn as vectors with pdfmake's canvas, each next to its
 * figures as a table.
 */

const BLUE = '#00509e';
const GREY = '#555555';
const BAR_WIDTH = 150;

type Node = Record<string, unknown> | string;

function heading(text: string): Node {
  return { text, bold: true, color: BLUE, fontSize: 9.5, margin: [0, 6, 0, 2] };
}

function table(
  number: Intl.NumberFormat,
  header: string[],
  rows: (string | number)[][],
  widths?: (string | number)[],
): Node {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? ['*', ...header.slice(1).map(() => 'auto')],
      body: [
        header.map((h, i) => ({ text: h, bold: true, alignment: i === 0 ? 'left' : 'right' })),
        ...rows.map((r) =>
          r.map((cell, i) => ({
            text: typeof cell === 'number' ? number.format(cell) : cell,
            alignment: i === 0 ? 'left' : 'right',
          })),
        ),
      ],
    },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 0.6 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => '#bbbbbb',
      paddingTop: () => 1.5,
      paddingBottom: () => 1.5,
      paddingLeft: () => 2,
      paddingRight: () => 2,
    },
  };
}

/** A horizontal bar chart: a label, a vector bar and its value a row. `max` is the full width's value. */
function barChart(bars: { label: string; value: number; text: string }[], max: number): Node {
  return {
    table: {
      widths: [70, BAR_WIDTH, 'auto'],
      body: bars.map((b) => [
        { text: b.label },
        {
          canvas: [
            { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: 8, color: '#e6eef7' },
            { type: 'rect', x: 0, y: 1, w: max > 0 ? Math.max(0, (b.value / max) * BAR_WIDTH) : 0, h: 8, color: BLUE },
          ],
        },
        { text: b.text, alignment: 'right' },
      ]),
    },
    layout: 'noBorders',
  };
}

export function funderReportPdf(r: FunderReport, language: ReportLanguage): Promise<Buffer> {
  const T = REPORT_TEXTS[language];
  const number = new Intl.NumberFormat(T.locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(T.locale, { style: 'percent', maximumFractionDigits: 0 });
  const p = r.participants;
  const roleRow = (label: string, c: { mentors: number; mentees: number }) => [
    label,
    c.mentors,
    c.mentees,
    c.mentors + c.mentees,
  ];
  const work = r.employment.map((e) => ({
    label: T.when[e.when] ?? e.when,
    value: e.answered > 0 ? e.inWorkOrEducation / e.answered : 0,
    text: e.answered > 0 ? percent.format(e.inWorkOrEducation / e.answered) : '–',
  }));
  const ages = Object.entries(p.byAgeBand).map(([band, c]) => ({
    label: T.ages[band] ?? band,
    value: c.mentors + c.mentees,
    text: number.format(c.mentors + c.mentees),
  }));
  const left: Node[] = [
    heading(T.participants),
    table(
      number,
      [T.byGender, T.mentors, T.mentees, T.total],
      [
        ...Object.entries(p.byGender).map(([g, c]) => roleRow(T.genders[g] ?? g, c)),
        [T.total, p.mentors, p.mentees, p.mentors + p.mentees],
      ],
    ),
    heading(T.byAge),
    table(
      number,
      [T.byAge, T.mentors, T.mentees, T.total],
      Object.entries(p.byAgeBand).map(([b, c]) => roleRow(T.ages[b] ?? b, c)),
    ),
    heading(T.byCategory),
    table(
      number,
      [T.byCategory, T.mentees],
      Object.entries(p.byCategory).map(([c, n]) => [T.categories[c] ?? c, n]),
    ),
    heading(T.byMunicipality),
    table(
      number,
      [T.byMunicipality, T.mentors, T.mentees],
      Object.values(p.byMunicipality).map((m) => [m.name, m.mentors, m.mentees]),
    ),
  ];
  const right: Node[] = [
    heading(T.activity),
    table(
      number,
      [T.activity, ''],
      [
        [T.pairsStarted, r.pairs.started],
        [T.pairsCompleted, r.pairs.completed],
        [T.pairsEnded, r.pairs.endedEarly],
        [T.meetings, r.meetings.count],
        [T.hours, r.meetings.hours],
      ],
    ),
    heading(T.gatherings),
    table(
      number,
      [T.gatherings, ''],
      r.gatherings.map((g) => [
        `${T.gatheringKinds[g.kind] ?? g.kind} ${g.startsAt.slice(0, 10)}`,
        T.attended(number.format(g.attended), number.format(g.invited)),
      ]),
    ),
    heading(T.surveys),
    table(
      number,
      ['', T.answered, T.progress, T.usefulness],
      r.surveys.map((s) => [
        T.surveyKinds[s.kind] ?? s.kind,
        s.answered,
        s.progress === null ? '–' : number.format(s.progress),
        s.usefulness === null ? '–' : number.format(s.usefulness),
      ]),
    ),
    heading(T.helped),
    table(
      number,
      ['', T.mentees],
      Object.entries(r.helped).map(([k, n]) => [T.helpedAnswers[k] ?? k, n]),
    ),
  ];
  return pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [36, 36, 36, 40],
      info: { title: `${T.title} – ${r.programmeName}`, subject: r.programmeName, creator: 'mentornett' },
      language: T.locale,
      defaultStyle: { font: 'Roboto', fontSize: 7.5, lineHeight: 1.1, color: '#1a1a1a' },
      content: [
        { text: T.title, fontSize: 16, bold: true, color: BLUE },
        { text: r.programmeName, fontSize: 11, bold: true, margin: [0, 2, 0, 0] },
        { text: T.period(r.startDate, r.endDate, r.asOf), color: GREY, margin: [0, 0, 0, 4] },
        {
          columns: [
            { width: '*', stack: left },
            { width: '*', stack: right },
          ],
          columnGap: 18,
        },
        heading(T.employment),
        {
          columns: [
            {
              width: '*',
              stack: [
                { text: T.employmentChart, bold: true, margin: [0, 0, 0, 2] },
                barChart(work, 1),
                table(
                  number,
                  ['', T.inWork, T.ofAnswered],
                  r.employment.map((e) => [T.when[e.when] ?? e.when, e.inWorkOrEducation, e.answered]),
                ),
              ],
            },
            {
              width: '*',
              stack: [
                { text: T.ageChart, bold: true, margin: [0, 0, 0, 2] },
                barChart(ages, Math.max(1, ...ages.map((a) => a.value))),
              ],
            },
          ],
          columnGap: 18,
        },
      ],
      footer: { text: T.footer, fontSize: 7, color: GREY, alignment: 'center', margin: [36, 12, 36, 0] },
    })
    .getBuffer();
}
