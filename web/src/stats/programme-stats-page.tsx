import { Button, Heading, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.js';
import { municipalityNames, useMunicipalities, useProgramme, type Programme } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ProgrammeNav } from '../programmes/programme-nav.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { BarChart, countScale, rateTicks, type Bar } from './bar-chart.js';
import { CsvDownload, fileSlug, saveBlob } from './csv-download.js';
import { Rate } from './rate.js';
import { pairsStarted, useProgrammeStats, type ProgrammeStats } from './stats-queries.js';

const CATEGORIES = [
  'refugee',
  'family',
  'labour_eea',
  'labour_non_eea',
  'labour_spouse',
  'other',
  'unspecified',
] as const;
const EMPLOYMENT = ['unemployed', 'introduction_programme', 'education', 'part_time', 'full_time', 'unknown'] as const;
const PAIR_STATUSES = ['proposed', 'approved', 'completed', 'ended', 'rejected'] as const;

/**
 * `/programmes/:id/stats`: a programme's figures as of today, for a lead to report from:
 * completion, the months' compliance, the gatherings' attendance, reach and employment, each
 * chart with its table, and the same figures as CSV. A coordinator gets their municipalities'
 * share from the API and is told so.
 */
export function ProgrammeStatsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const programme = useProgramme(id);
  const stats = useProgrammeStats(id);
  const title = programme.data ? t.stats.programmeTitle(programme.data.name) : t.stats.title;
  return (
    <Page title={title}>
      <ProgrammeNav programmeId={id} programmeName={programme.data?.name} />
      {stats.error || programme.error ? (
        <LoadError
          error={stats.error ?? programme.error}
          retry={() => {
            void stats.refetch();
            void programme.refetch();
          }}
        />
      ) : !stats.data || !programme.data ? (
        <Loading />
      ) : (
        <ProgrammeFigures programme={programme.data} stats={stats.data} />
      )}
    </Page>
  );
}

function ProgrammeFigures({ programme, stats }: { programme: Programme; stats: ProgrammeStats }) {
  const { t, f } = useI18n();
  const user = useUser();
  const municipalities = useMunicipalities();
  return (
    <>
      <div className="stats-section">
        <Paragraph>
          {t.stats.asOf(f.day(stats.asOf))}{' '}
          {user.role === 'coordinator'
            ? t.stats.share(municipalityNames(stats.municipalityCodes, municipalities.data))
            : null}
        </Paragraph>
        <Paragraph data-size="sm" className="stats-help">
          {t.stats.asIs}
        </Paragraph>
        <CsvDownload
          filename={`mentornett-${fileSlug(programme.name)}-${stats.asOf}.csv`}
          fetchCsv={async (separator) =>
            unwrap(
              await api.GET('/api/v1/programmes/{id}/stats.csv', {
                params: { path: { id: programme.id }, query: { separator } },
                parseAs: 'blob',
              }),
            )
          }
        />
      </div>
      <KeyFigures stats={stats} />
      <Compliance stats={stats} />
      <Gatherings stats={stats} timeZone={programme.timezone} />
      <Reach stats={stats} />
      <Employment stats={stats} />
      <Surveys programmeId={programme.id} />
      {user.role === 'admin' || user.role === 'lead' ? <FunderReport programme={programme} asOf={stats.asOf} /> : null}
    </>
  );
}

/** A table of figures, named by its title (a caption for screen readers; the heading above shows it). */
function FigureTable({ title, children }: { title: string; children: ReactNode }) {
  return (
    <TableScroll label={title}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{title}</caption>
        {children}
      </Table>
    </TableScroll>
  );
}

/** A title over a chart or a table, within a section. */
function SubHeading({ children }: { children: ReactNode }) {
  return (
    <Heading level={3} data-size="xs">
      {children}
    </Heading>
  );
}

/** A section with its heading, found by the heading's text. */
function Section({ title, help, children }: { title: string; help?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="stats-section" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {help ? (
        <Paragraph data-size="sm" className="stats-help">
          {help}
        </Paragraph>
      ) : null}
      {children}
    </section>
  );
}

function KeyFigures({ stats }: { stats: ProgrammeStats }) {
  const { t, f } = useI18n();
  const s = t.stats;
  const figures: [string, ReactNode][] = [
    [s.completionRate, <Rate key="rate" rate={stats.completionRate} />],
    [s.mentors, f.number(stats.participants.mentors)],
    [s.mentees, f.number(stats.participants.mentees)],
    [s.pairs.started, f.number(pairsStarted(stats.matches))],
    [s.meetings, f.number(stats.meetings.count)],
    [s.hours, f.number(stats.meetings.minutes / 60, 1)],
  ];
  return (
    <Section title={s.keyFigures} help={s.completionHelp}>
      <dl className="key-figures">
        {figures.map(([label, value]) => (
          <div className="key-figure" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <SubHeading>{s.pairs.title}</SubHeading>
      <FigureTable title={s.pairs.title}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{s.pairs.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {s.pairs.count}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {PAIR_STATUSES.map((status) => (
            <Table.Row key={status}>
              <Table.HeaderCell scope="row">{s.pairs[status]}</Table.HeaderCell>
              <Table.Cell className="numeric">{f.number(stats.matches[status])}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </FigureTable>
    </Section>
  );
}

function Compliance({ stats }: { stats: ProgrammeStats }) {
  const { t, f } = useI18n();
  const c = t.stats.compliance;
  const bars: Bar[] = stats.compliance.map((month) => ({
    key: month.month,
    label: f.month(month.month),
    value: month.rate,
    valueText: f.percent(month.rate),
    provisional: month.closed ? undefined : c.runningNote,
  }));
  return (
    <Section title={c.title} help={c.help}>
      {stats.compliance.length === 0 ? (
        <Paragraph>{c.none}</Paragraph>
      ) : (
        <>
          <SubHeading>{c.chart}</SubHeading>
          <BarChart
            label={c.chart}
            bars={bars}
            max={1}
            ticks={rateTicks((rate) => f.percent(rate))}
            provisionalLegend={c.legend}
          />
          <FigureTable title={c.chart}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{c.month}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {c.active}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {c.met}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {c.rate}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{c.state}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {stats.compliance.map((month) => (
                <Table.Row key={month.month}>
                  <Table.HeaderCell scope="row">{f.month(month.month)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{f.number(month.activePairs)}</Table.Cell>
                  <Table.Cell className="numeric">{f.number(month.pairsMeetingMinimum)}</Table.Cell>
                  <Table.Cell className="numeric">
                    <Rate rate={month.rate} />
                  </Table.Cell>
                  <Table.Cell>{month.closed ? c.closed : c.running}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </FigureTable>
        </>
      )}
    </Section>
  );
}

function Gatherings({ stats, timeZone }: { stats: ProgrammeStats; timeZone: string }) {
  const { t, f } = useI18n();
  const g = t.stats.gatherings;
  const kindName = (kind: string) => g.kinds[kind as keyof typeof g.kinds] ?? g.kinds.other;
  const bars: Bar[] = stats.gatherings.map((gathering) => ({
    key: gathering.id,
    label: `${kindName(gathering.kind)}, ${f.dayShort(localDay(gathering.startsAt, timeZone))}`,
    value: gathering.rate,
    valueText: gathering.rate === null ? g.notHeld : f.percent(gathering.rate),
  }));
  return (
    <Section title={g.title} help={g.help}>
      {stats.gatherings.length === 0 ? (
        <Paragraph>{g.none}</Paragraph>
      ) : (
        <>
          <SubHeading>{g.chart}</SubHeading>
          <BarChart label={g.chart} bars={bars} max={1} ticks={rateTicks((rate) => f.percent(rate))} />
          <FigureTable title={g.chart}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{g.gathering}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{g.when}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {g.invited}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {g.attended}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {g.rate}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {stats.gatherings.map((gathering) => (
                <Table.Row key={gathering.id}>
                  <Table.HeaderCell scope="row">{kindName(gathering.kind)}</Table.HeaderCell>
                  <Table.Cell>{f.dateTime(gathering.startsAt, timeZone)}</Table.Cell>
                  <Table.Cell className="numeric">{f.number(gathering.invited)}</Table.Cell>
                  <Table.Cell className="numeric">{f.number(gathering.attended)}</Table.Cell>
                  <Table.Cell className="numeric">
                    {gathering.rate === null ? g.notHeld : f.percent(gathering.rate)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </FigureTable>
        </>
      )}
    </Section>
  );
}

function Reach({ stats }: { stats: ProgrammeStats }) {
  const { t, f, language } = useI18n();
  const r = t.stats.reach;
  const mentees = stats.participants.mentees;
  const categories = CATEGORIES.map((category) => ({
    category,
    count: stats.participants.byCategory[category] ?? 0,
  }));
  const scale = countScale(Math.max(0, ...categories.map((c) => c.count)), (n) => f.number(n));
  const bars: Bar[] = categories.map(({ category, count }) => ({
    key: category,
    label: r.categories[category],
    value: count,
    valueText: f.number(count),
  }));
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb');
  const places = Object.entries(stats.participants.byMunicipality).sort(([, a], [, b]) =>
    collator.compare(a.name, b.name),
  );
  return (
    <Section title={r.title} help={r.help}>
      <SubHeading>{r.byCategory}</SubHeading>
      <BarChart label={r.byCategory} bars={bars} max={scale.max} ticks={scale.ticks} />
      <FigureTable title={r.byCategory}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.category}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.mentees}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.share}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {categories.map(({ category, count }) => (
            <Table.Row key={category}>
              <Table.HeaderCell scope="row">{r.categories[category]}</Table.HeaderCell>
              <Table.Cell className="numeric">{f.number(count)}</Table.Cell>
              <Table.Cell className="numeric">
                <Rate rate={mentees > 0 ? count / mentees : null} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </FigureTable>
      <SubHeading>{r.byMunicipality}</SubHeading>
      <FigureTable title={r.byMunicipality}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.municipality}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.mentors}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.mentees}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.total}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {places.map(([code, place]) => (
            <Table.Row key={code}>
              <Table.HeaderCell scope="row">{place.name}</Table.HeaderCell>
              <Table.Cell className="numeric">{f.number(place.mentors)}</Table.Cell>
              <Table.Cell className="numeric">{f.number(place.mentees)}</Table.Cell>
              <Table.Cell className="numeric">{f.number(place.mentors + place.mentees)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </FigureTable>
    </Section>
  );
}

function Employment({ stats }: { stats: ProgrammeStats }) {
  const { t, f } = useI18n();
  const e = t.stats.employment;
  const work = stats.employment.inWorkOrEducation;
  const bars: Bar[] = [
    { key: 'start', label: e.atStart, value: work.rateAtStart, valueText: f.percent(work.rateAtStart) },
    { key: 'end', label: e.atEnd, value: work.rateAtEnd, valueText: f.percent(work.rateAtEnd) },
  ];
  return (
    <Section title={e.title} help={e.help}>
      <SubHeading>{e.workOrEducation}</SubHeading>
      {work.mentees === 0 ? (
        <Paragraph>{e.noneEnded}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{e.workOrEducationOver(f.number(work.mentees))}</Paragraph>
          <BarChart label={e.workOrEducation} bars={bars} max={1} ticks={rateTicks((rate) => f.percent(rate))} />
          <FigureTable title={e.workOrEducation}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{e.when}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {e.inWorkOrEducation}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {e.share}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              <Table.Row>
                <Table.HeaderCell scope="row">{e.atStart}</Table.HeaderCell>
                <Table.Cell className="numeric">
                  {e.ofMentees(f.number(work.atStart), f.number(work.mentees))}
                </Table.Cell>
                <Table.Cell className="numeric">
                  <Rate rate={work.rateAtStart} />
                </Table.Cell>
              </Table.Row>
              <Table.Row>
                <Table.HeaderCell scope="row">{e.atEnd}</Table.HeaderCell>
                <Table.Cell className="numeric">{e.ofMentees(f.number(work.atEnd), f.number(work.mentees))}</Table.Cell>
                <Table.Cell className="numeric">
                  <Rate rate={work.rateAtEnd} />
                </Table.Cell>
              </Table.Row>
            </Table.Body>
          </FigureTable>
        </>
      )}
      <SubHeading>{e.byStatus}</SubHeading>
      <FigureTable title={e.byStatus}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{e.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {e.atStart}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {e.atEnd}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {EMPLOYMENT.map((status) => (
            <Table.Row key={status}>
              <Table.HeaderCell scope="row">{e.statuses[status]}</Table.HeaderCell>
              <Table.Cell className="numeric">{f.number(stats.employment.atStart[status] ?? 0)}</Table.Cell>
              <Table.Cell className="numeric">{f.number(stats.employment.atEnd[status] ?? 0)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </FigureTable>
    </Section>
  );
}

/** The calendar day an instant falls on in a time zone, as YYYY-MM-DD. */
export function localDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date(instant));
}

type SurveyResult = Schemas['SurveyResultResponse'];

function useSurveyResults(id: string) {
  return useQuery({
    queryKey: ['stats', 'surveys', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes/{id}/surveys', { params: { path: { id } } })),
  });
}

/** The survey results: a table per survey kind, the 1–5 questions as means, the others as counts. */
function Surveys({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const s = t.stats.surveys;
  const results = useSurveyResults(programmeId);
  return (
    <Section title={s.title} help={s.help}>
      {results.error ? (
        <LoadError error={results.error} retry={() => void results.refetch()} />
      ) : !results.data ? (
        <Loading />
      ) : results.data.every((r) => r.sent === 0 && r.answered === 0) ? (
        <Paragraph>{s.none}</Paragraph>
      ) : (
        results.data.map((result) => <SurveyTable key={result.kind} result={result} />)
      )}
    </Section>
  );
}

function SurveyTable({ result }: { result: SurveyResult }) {
  const { t, f } = useI18n();
  const s = t.stats.surveys;
  const title = s.kinds[result.kind];
  const valueName = (key: string, value: string): string => {
    if (key === 'employmentStatus')
      return t.stats.employment.statuses[value as keyof typeof t.stats.employment.statuses];
    if (key === 'norwegianLevel') return s.levels[value as keyof typeof s.levels];
    return s.helped[value as keyof typeof s.helped];
  };
  const answer = (q: SurveyResult['questions'][number]): string => {
    if (q.answered === 0) return s.noAnswers;
    if (q.mean !== undefined) return s.meanOf(f.number(q.mean, 2));
    return Object.entries(q.counts ?? {})
      .filter(([, n]) => n > 0)
      .map(([value, n]) => `${valueName(q.key, value)}: ${f.number(n)}`)
      .join(', ');
  };
  return (
    <>
      <SubHeading>{title}</SubHeading>
      <Paragraph data-size="sm">{s.sentAnswered(f.number(result.sent), f.number(result.answered))}</Paragraph>
      <FigureTable title={title}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{s.question}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {s.answered}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.result}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {result.questions.map((q) => (
            <Table.Row key={q.key}>
              <Table.HeaderCell scope="row">{s.questions[q.key]}</Table.HeaderCell>
              <Table.Cell className="numeric">{f.number(q.answered)}</Table.Cell>
              <Table.Cell>{answer(q)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </FigureTable>
    </>
  );
}

/** The funder report (admins and leads): the CSV with the chosen separator, and the one-page PDF. */
function FunderReport({ programme, asOf }: { programme: Programme; asOf: string }) {
  const { t, language } = useI18n();
  const r = t.stats.report;
  const [pdf, setPdf] = useState<'idle' | 'busy' | 'failed'>('idle');
  const name = `mentornett-${r.filePrefix}-${fileSlug(programme.name)}-${asOf}`;
  return (
    <Section title={r.title} help={r.help}>
      <CsvDownload
        filename={`${name}.csv`}
        labels={{ separator: r.separator, download: r.csv }}
        fetchCsv={async (separator) =>
          unwrap(
            await api.GET('/api/v1/programmes/{id}/report.csv', {
              params: { path: { id: programme.id }, query: { separator } },
              parseAs: 'blob',
            }),
          )
        }
      />
      <div className="csv-download">
        <Button
          variant="secondary"
          loading={pdf === 'busy'}
          aria-disabled={pdf === 'busy' || undefined}
          onClick={() => {
            if (pdf === 'busy') return;
            setPdf('busy');
            api
              // In the console's language, whatever the account's saved one.
              .GET('/api/v1/programmes/{id}/report.pdf', {
                params: { path: { id: programme.id }, query: { lang: language } },
                parseAs: 'blob',
              })
              .then((result) => {
                saveBlob(unwrap(result), `${name}.pdf`);
                setPdf('idle');
              })
              .catch(() => setPdf('failed'));
          }}
        >
          {r.pdf}
        </Button>
        {pdf === 'failed' ? <ValidationMessage role="alert">{t.stats.csv.failed}</ValidationMessage> : null}
      </div>
    </Section>
  );
}
