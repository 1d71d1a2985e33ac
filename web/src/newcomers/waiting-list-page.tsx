import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { NewcomersNav, useMunicipalityName } from './newcomers-nav.js';
import { useWaitingList } from './newcomers-api.js';
import './newcomers.css';

const DAY_MS = 86_400_000;

/** Whole days from a calendar day to today in Oslo. */
function daysSince(day: string): number {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
  return Math.max(0, Math.round((Date.parse(today) - Date.parse(day)) / DAY_MS));
}

/** The municipality's waiting list for a mentor: longest waiting first, each linking to the profile to enrol them. */
export function WaitingListPage() {
  const { code = '' } = useParams();
  const { t, f } = useI18n();
  const m = t.newcomers;
  const municipalities = useMunicipalities();
  const name = useMunicipalityName(code, municipalities.data);
  const list = useWaitingList(code);
  const rows = list.data ?? [];
  return (
    <Page title={m.waiting.title(name)}>
      <NewcomersNav code={code} municipalityName={name} />
      <Paragraph>{m.waiting.intro}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data && rows.length === 0 ? <Paragraph>{m.waiting.none}</Paragraph> : null}
      {rows.length > 0 ? (
        <TableScroll label={m.waiting.caption}>
          <Table zebra>
            <caption className="visually-hidden">{m.waiting.caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col" className="numeric">
                  {m.waiting.position}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.name}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.category}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.waiting.since}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {m.waiting.days}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((n, i) => (
                <Table.Row key={n.id}>
                  <Table.Cell className="numeric">{f.number(i + 1)}</Table.Cell>
                  <Table.HeaderCell scope="row">
                    <Link asChild>
                      <RouterLink to={`/newcomers/${n.id}`}>{n.name}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell>{t.participants.categories[n.category]}</Table.Cell>
                  <Table.Cell>{n.waitingSince ? f.day(n.waitingSince) : ''}</Table.Cell>
                  <Table.Cell className="numeric">
                    {n.waitingSince ? f.number(daysSince(n.waitingSince)) : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </Page>
  );
}
