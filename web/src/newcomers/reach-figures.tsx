import { Table } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/i18n.js';
import { BarChart, countScale, type Bar } from '../stats/bar-chart.js';
import type { Reach } from './newcomers-api.js';

type ReachFigures = Reach['total'];

/** The newcomers registered by residence basis, as a bar chart (its figures are in the table beside it). */
export function ReachChart({ byCategory }: { byCategory: Reach['byCategory'] }) {
  const { t, f } = useI18n();
  const scale = countScale(Math.max(0, ...byCategory.map((row) => row.registered)), (n) => f.number(n));
  const bars: Bar[] = byCategory.map((row) => ({
    key: row.category,
    label: t.participants.categories[row.category],
    value: row.registered,
    valueText: f.number(row.registered),
  }));
  return <BarChart label={t.newcomers.reach.chart} bars={bars} max={scale.max} ticks={scale.ticks} />;
}

/** The column headers of a reach table's four figures, after its first column. */
export function ReachFigureHeaders() {
  const r = useI18n().t.newcomers.reach;
  return (
    <>
      <Table.HeaderCell scope="col" className="numeric">
        {r.registered}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="numeric">
        {r.reachedByEvening}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="numeric">
        {r.inMentorProgramme}
      </Table.HeaderCell>
      <Table.HeaderCell scope="col" className="numeric">
        {r.careerGuidanceDone}
      </Table.HeaderCell>
    </>
  );
}

/** A reach table row's four figures, under {@link ReachFigureHeaders}. */
export function ReachFigureCells({ figures }: { figures: ReachFigures }) {
  const { f } = useI18n();
  return (
    <>
      <Table.Cell className="numeric">{f.number(figures.registered)}</Table.Cell>
      <Table.Cell className="numeric">{f.number(figures.reachedByEvening)}</Table.Cell>
      <Table.Cell className="numeric">{f.number(figures.inMentorProgramme)}</Table.Cell>
      <Table.Cell className="numeric">{f.number(figures.careerGuidanceDone)}</Table.Cell>
    </>
  );
}
