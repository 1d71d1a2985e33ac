import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { TableScroll } from '../ui/table-scroll.js';
import { ReachChart, ReachFigureCells, ReachFigureHeaders } from '../newcomers/reach-figures.js';
import { useReachOverview, type OverviewFilter } from './stats-queries.js';

/**
 * The newcomers the municipalities reach, beside the programmes' figures on `/stats`: registered
 * in the period by residence basis (a chart, and its table with every figure), and each
 * municipality's figures, linked to its own reach page. The page's filter applies: the period to
 * the day of registration (and the evenings held in it), the municipality to the newcomers'.
 */
export function NewcomerReach({ filter }: { filter: OverviewFilter }) {
  const { t } = useI18n();
  const o = t.stats.overview;
  const r = t.newcomers.reach;
  const reach = useReachOverview(filter);
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
          <ReachChart byCategory={reach.data.byCategory} />
          <TableScroll label={o.reachByCategory}>
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{o.reachByCategory}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{r.category}</Table.HeaderCell>
                  <ReachFigureHeaders />
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {reach.data.byCategory.map((row) => (
                  <Table.Row key={row.category}>
                    <Table.HeaderCell scope="row">{t.participants.categories[row.category]}</Table.HeaderCell>
                    <ReachFigureCells figures={row} />
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row">{r.total}</Table.HeaderCell>
                  <ReachFigureCells figures={reach.data.total} />
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
                  <ReachFigureHeaders />
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
                    <ReachFigureCells figures={m.total} />
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
