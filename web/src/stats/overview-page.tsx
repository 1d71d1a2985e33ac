import { Button, Field, Heading, Label, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldErrors } from '../ui/api-errors.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { BarChart, rateTicks, type Bar } from './bar-chart.js';
import { CsvDownload, todayInOslo } from './csv-download.js';
import { NewcomerReach } from './newcomer-reach.js';
import { Rate } from './rate.js';
import { overviewQuery, pairsStarted, useStatsOverview, type OverviewFilter } from './stats-queries.js';
import './stats.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^\d{4}$/;

/** The filter the URL holds; a value the API would refuse is left out rather than sent. */
export function filterFromParams(params: URLSearchParams): OverviewFilter {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const municipality = params.get('municipality') ?? '';
  return {
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    municipality: CODE.test(municipality) ? municipality : '',
  };
}

/**
 * `/stats` (admins and leads): every programme side by side with its completion, compliance
 * and attendance rates, filtered by a period and a municipality held in the URL, so a view can
 * be shared as a link; the same as CSV; and beside them the newcomers the municipalities reach.
 */
export function StatsOverviewPage() {
  const { t, f } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const overview = useStatsOverview(filter);
  const o = t.stats.overview;
  const filename = ['mentornett-stats', filter.municipality, filter.from, filter.to, todayInOslo()]
    .filter(Boolean)
    .join('-');
  return (
    <Page title={o.title}>
      <div className="stats-section">
        <Filters
          filter={filter}
          onApply={(next) => {
            const search = new URLSearchParams();
            if (next.from) search.set('from', next.from);
            if (next.to) search.set('to', next.to);
            if (next.municipality) search.set('municipality', next.municipality);
            setParams(search);
          }}
          error={overview.error}
        />
      </div>
      {overview.error ? (
        <LoadError error={overview.error} retry={() => void overview.refetch()} />
      ) : !overview.data ? (
        <Loading />
      ) : overview.data.length === 0 ? (
        <Paragraph>{o.none}</Paragraph>
      ) : (
        <>
          <section className="stats-section" aria-labelledby="stats-overview-table">
            <Heading level={2} data-size="md" id="stats-overview-table">
              {o.table}
            </Heading>
            <Paragraph data-size="sm" className="stats-help">
              {o.definitions}
            </Paragraph>
            <TableScroll label={o.table}>
              <Table data-size="sm" zebra>
                <caption className="visually-hidden">{o.table}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{o.programme}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{o.period}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {o.mentees}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {o.started}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {o.completion}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {o.compliance}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {o.attendance}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {overview.data.map((programme) => (
                    <Table.Row key={programme.programmeId}>
                      <Table.HeaderCell scope="row">
                        <Link asChild>
                          <RouterLink to={`/programmes/${programme.programmeId}/stats`}>{programme.name}</RouterLink>
                        </Link>
                      </Table.HeaderCell>
                      <Table.Cell>
                        {t.programmes.period(f.day(programme.startDate), f.day(programme.endDate))}
                      </Table.Cell>
                      <Table.Cell className="numeric">{f.number(programme.participants.mentees)}</Table.Cell>
                      <Table.Cell className="numeric">{f.number(pairsStarted(programme.matches))}</Table.Cell>
                      <Table.Cell className="numeric">
                        <Rate rate={programme.completionRate} />
                      </Table.Cell>
                      <Table.Cell className="numeric">
                        <Rate rate={programme.complianceRate} />
                      </Table.Cell>
                      <Table.Cell className="numeric">
                        <Rate rate={programme.attendanceRate} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </section>
          {overview.data.length > 1 ? (
            <section className="stats-section" aria-labelledby="stats-overview-chart">
              <Heading level={2} data-size="md" id="stats-overview-chart">
                {o.complianceChart}
              </Heading>
              <Paragraph data-size="sm" className="stats-help">
                {o.complianceChartHelp}
              </Paragraph>
              <BarChart
                label={o.complianceChart}
                max={1}
                ticks={rateTicks((rate) => f.percent(rate))}
                bars={overview.data.map((programme): Bar => ({
                  key: programme.programmeId,
                  label: programme.name,
                  value: programme.complianceRate,
                  valueText: f.percent(programme.complianceRate),
                }))}
              />
            </section>
          ) : null}
        </>
      )}
      <section className="stats-section" aria-labelledby="stats-overview-csv">
        <Heading level={2} data-size="md" id="stats-overview-csv">
          {t.stats.csv.title}
        </Heading>
        <Paragraph data-size="sm" className="stats-help">
          {o.csvHelp}
        </Paragraph>
        <CsvDownload
          filename={`${filename}.csv`}
          fetchCsv={async (separator) =>
            unwrap(
              await api.GET('/api/v1/stats.csv', {
                params: { query: { ...overviewQuery(filter), separator } },
                parseAs: 'blob',
              }),
            )
          }
        />
      </section>
      <NewcomerReach filter={filter} />
    </Page>
  );
}

function Filters({
  filter,
  onApply,
  error,
}: {
  filter: OverviewFilter;
  onApply: (filter: OverviewFilter) => void;
  error: unknown;
}) {
  const { t } = useI18n();
  const o = t.stats.overview;
  const municipalities = useMunicipalities();
  const [draft, setDraft] = useState<OverviewFilter>(filter);
  const [ownError, setOwnError] = useState<string | null>(null);
  const [applied, setApplied] = useState(filter);
  const id = useId();
  // A change of the URL from outside the form (back, a shared link) shows in the fields.
  if (applied.from !== filter.from || applied.to !== filter.to || applied.municipality !== filter.municipality) {
    setApplied(filter);
    setDraft(filter);
  }
  const apiErrors = fieldErrors(error, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setOwnError(o.toBeforeFrom);
      return;
    }
    setOwnError(null);
    onApply(draft);
  };
  const sortedMunicipalities = [...(municipalities.data?.values() ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'nb'),
  );
  return (
    <form className="row" onSubmit={submit} aria-label={o.filters} role="search">
      <Textfield
        label={o.from}
        type="date"
        value={draft.from}
        onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        error={apiErrors.from}
      />
      <Textfield
        label={o.to}
        type="date"
        value={draft.to}
        onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        error={ownError ?? apiErrors.to}
      />
      <Field>
        <Label htmlFor={`${id}-municipality`}>{o.municipality}</Label>
        <Select
          id={`${id}-municipality`}
          value={draft.municipality}
          onChange={(event) => setDraft({ ...draft, municipality: event.target.value })}
        >
          <Select.Option value="">{o.allMunicipalities}</Select.Option>
          {sortedMunicipalities.map((m) => (
            <Select.Option key={m.code} value={m.code}>
              {m.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit">{o.apply}</Button>
      {filter.from || filter.to || filter.municipality ? (
        <Button
          type="button"
          variant="tertiary"
          onClick={() => {
            setOwnError(null);
            onApply({ from: '', to: '', municipality: '' });
          }}
        >
          {o.clear}
        </Button>
      ) : null}
      <Paragraph data-size="sm" className="stats-help">
        {o.filterHelp}
      </Paragraph>
    </form>
  );
}
