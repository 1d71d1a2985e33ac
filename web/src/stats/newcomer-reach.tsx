import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { TableScroll } from '../ui/table-scroll.js';
import { BarChart, countScale, type Bar } from './bar-chart.js';
import { useReachOverview, type OverviewFilter, type ReachFigures, type ReachOverview } from './stats-queries.js';

/**
 * The newcomers the municipalities reach, beside the programmes' figures on `/stats`: registered
 * in the period by residence basis (a chart, and its table with every figure), and each
 * municipality's figures, linked to its own reach page. The page's filter applies: the period to
 * the day of registration (and the evenings held in it), the municipality to the newcomers'.
 */
export function NewcomerReach({ filter }: { filter: OverviewFilter }) {
  const { t, f } = useI18n();
  const o = t.stats.overview;
  const r = t.newcomers.reach;
  const reach = useReachOverview(filter);
  const figureCells = (figures: ReachFigures) => (
    <>
      <Table.Cell className="numeric">{f.number(figures.registered)}</Table.Cell>
      <Table.Cell className="numeric">{f.number(figures.reachedByEvening)}</Table.Cell>
      <Table.Cell className="numeric">{f.number(figures.inMentorProgramme)}</Table.Cell>
      <Table.Cell className="numeric">{f.number(figures.careerGuidanceDone)}</Table.Cell>
    </>
  );
  const figureHeaders = (
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
  return (
    <section className="stats-section" aria-labelledby="stats-newcomer-reach">
      <Heading level={2} data-size="md" id="stats-newcomer-reach">
        {o.reachTitle}
      </Heading>
      <Paragraph data-size="sm" className="stats-help">
        {o.reachHelp}
      </Paragraph>
      {reach.error ? (
        <LoadError error={reach.error} retry={() => void reach.refetch()} />
      ) : !reach.data ? (
        <Loading />
      ) : reach.data.total.registered === 0 && reach.data.municipalities.length === 0 ? (
        <Paragraph>{o.reachNone}</Paragraph>
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {r.chart}
          </Heading>
          <ReachChart reach={reach.data.byCategory} />
          <TableScroll label={o.reachByCategory}>
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{o.reachByCategory}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{r.category}</Table.HeaderCell>
                  {figureHeaders}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {reach.data.byCategory.map((row) => (
                  <Table.Row key={row.category}>
                    <Table.HeaderCell scope="row">{t.participants.categories[row.category]}</Table.HeaderCell>
                    {figureCells(row)}
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row">{r.total}</Table.HeaderCell>
                  {figureCells(reach.data.total)}
                </Table.Row>
              </Table.Body>
            </Table>
          </TableScroll>
          <Heading level={3} data-size="xs">
            {o.reachByMunicipality}
          </Heading>
          <TableScroll label={o.reachByMunicipality}>
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{o.reachByMunicipality}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{o.municipality}</Table.HeaderCell>
                  {figureHeaders}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {reach.data.municipalities.map((m) => (
                  <Table.Row key={m.municipalityCode}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/municipalities/${m.municipalityCode}/reach`}>{m.name}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    {figureCells(m.total)}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

function ReachChart({ reach }: { reach: ReachOverview['byCategory'] }) {
  const { t, f } = useI18n();
  const scale = countScale(Math.max(0, ...reach.map((row) => row.registered)), (n) => f.number(n));
  const bars: Bar[] = reach.map((row) => ({
    key: row.category,
    label: t.participants.categories[row.category],
    value: row.registered,
    valueText: f.number(row.registered),
  }));
  return <BarChart label={t.newcomers.reach.chart} bars={bars} max={scale.max} ticks={scale.ticks} />;
}
