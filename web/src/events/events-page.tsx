import { Alert, Card, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { BackToMunicipalities, useMunicipalityName } from '../municipalities/municipalities-page.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { EMPTY_EVENING, EveningForm } from './evening-form.js';
import { EVENING_ZONE, useCreateEvening, useEvenings } from './events-queries.js';
import '../municipalities/municipalities.css';
import '../programmes/programmes.css';

/**
 * `/municipalities/:code/events`: the municipality's «Ny i Norge» theme evenings, latest first, and
 * a form for a new one. Each evening links to its page (change it, record attendance).
 */
export function EventsPage() {
  const { code = '' } = useParams();
  const { t, f } = useI18n();
  const m = t.municipalities.events;
  const name = useMunicipalityName(code);
  const evenings = useEvenings(code);
  const create = useCreateEvening(code);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page title={m.title(name)}>
      <div className="stack">
        <BackToMunicipalities />
        <Paragraph>{m.intro}</Paragraph>
        <div role="status">
          {notice ? (
            <Alert data-color="success">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          ) : null}
        </div>
        <Heading level={2} data-size="sm">
          {m.heading}
        </Heading>
        {evenings.error ? (
          <LoadError error={evenings.error} retry={() => void evenings.refetch()} />
        ) : !evenings.data ? (
          <Loading />
        ) : evenings.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <TableScroll label={m.tableCaption}>
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{m.tableCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{m.eventTitle}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.theme}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.when}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.location}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.partners}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {m.invited}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {m.attended}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.actions}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {evenings.data.map((evening) => (
                  <Table.Row key={evening.id}>
                    <Table.HeaderCell scope="row">{evening.title}</Table.HeaderCell>
                    <Table.Cell>{m.themes[evening.theme]}</Table.Cell>
                    <Table.Cell>{f.dateTime(evening.startsAt, EVENING_ZONE)}</Table.Cell>
                    <Table.Cell>{evening.location}</Table.Cell>
                    <Table.Cell>{evening.partners.map((p) => p.organisation).join(', ')}</Table.Cell>
                    <Table.Cell className="numeric">{f.number(evening.invited)}</Table.Cell>
                    <Table.Cell className="numeric">
                      {f.number(evening.newcomerIds.length + evening.participantIds.length)}
                    </Table.Cell>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/municipalities/${code}/events/${evening.id}`}>
                          {m.open}
                          <span className="visually-hidden"> – {evening.title}</span>
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
        <Card asChild data-color="neutral">
          <section aria-labelledby="evening-create" className="team-form">
            <div className="stack">
              <Heading level={2} data-size="sm" id="evening-create">
                {m.createHeading}
              </Heading>
              <EveningForm
                initial={EMPTY_EVENING}
                submitLabel={m.create}
                resetOnSuccess
                onSubmit={async (body) => {
                  const created = await create.mutateAsync(body);
                  setNotice(m.created(created.title));
                }}
              />
            </div>
          </section>
        </Card>
      </div>
    </Page>
  );
}
