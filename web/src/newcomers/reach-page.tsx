import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { CsvDownload } from '../stats/csv-download.js';
import { fieldErrors } from '../ui/api-errors.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { NewcomersNav, useMunicipalityName } from './newcomers-nav.js';
import { fetchReachCsv, useReach } from './newcomers-api.js';
import { ReachChart, ReachFigureCells, ReachFigureHeaders } from './reach-figures.js';
import './newcomers.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reach by residence basis in one municipality over a period (in the URL: `?from=&to=`): a chart of
 * the newcomers registered, and the table of every figure beside it; the same as CSV.
 */
export function ReachPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const m = t.newcomers.reach;
  const municipalities = useMunicipalities();
  const name = useMunicipalityName(code, municipalities.data);
  const [params, setParams] = useSearchParams();
  const period = {
    from: DAY.test(params.get('from') ?? '') ? (params.get('from') ?? undefined) : undefined,
    to: DAY.test(params.get('to') ?? '') ? (params.get('to') ?? undefined) : undefined,
  };
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const reach = useReach(code, period);
  const errors = reach.isError ? fieldErrors(reach.error, t) : {};

  return (
    <Page title={m.title(name)}>
      <NewcomersNav code={code} municipalityName={name} />
      <Paragraph>{m.intro}</Paragraph>
      <form
        className="reach-period"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setParams(() => {
            const next = new URLSearchParams();
            if (from) next.set('from', from);
            if (to) next.set('to', to);
            return next;
          });
        }}
      >
        <Textfield
          label={m.from}
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={errors.from}
        />
        <Textfield
          label={m.to}
          type="date"
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={errors.to}
        />
        <Button type="submit" variant="secondary">
          {m.show}
        </Button>
      </form>
      {reach.isPending ? <Loading /> : null}
      {reach.isError && !errors.from && !errors.to ? (
        <LoadError error={reach.error} retry={() => void reach.refetch()} />
      ) : null}
      {reach.data ? (
        <>
          <CsvDownload
            filename={`mentornett-reach-${code}${period.from ? `-${period.from}` : ''}${period.to ? `-${period.to}` : ''}.csv`}
            fetchCsv={(separator) => fetchReachCsv(code, period, separator)}
          />
          <ReachChart byCategory={reach.data.byCategory} />
          <TableScroll label={m.caption}>
            <Table zebra>
              <caption>{m.caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{m.category}</Table.HeaderCell>
                  <ReachFigureHeaders />
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...reach.data.byCategory, { category: 'total' as const, ...reach.data.total }].map((r) => (
                  <Table.Row key={r.category}>
                    <Table.HeaderCell scope="row">
                      {r.category === 'total' ? m.total : t.participants.categories[r.category]}
                    </Table.HeaderCell>
                    <ReachFigureCells figures={r} />
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      ) : null}
    </Page>
  );
}
