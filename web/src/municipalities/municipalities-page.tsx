import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useMunicipalities } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import './municipalities.css';

/**
 * `/municipalities`: the caller's municipalities (a coordinator's own; every one for admins and
 * leads), each with the pages that live under it.
 */
export function MunicipalitiesPage() {
  const { t } = useI18n();
  const m = t.municipalities;
  const user = useUser();
  const municipalities = useMunicipalities();
  const all = municipalities.data ? [...municipalities.data.values()] : [];
  const mine = user.role === 'coordinator' ? all.filter((x) => user.municipalityCodes.includes(x.code)) : all;
  return (
    <Page title={m.title}>
      <div className="stack">
        <Paragraph>{m.intro}</Paragraph>
        {municipalities.error ? (
          <LoadError error={municipalities.error} retry={() => void municipalities.refetch()} />
        ) : !municipalities.data ? (
          <Loading />
        ) : mine.length === 0 ? (
          <Paragraph>{m.none}</Paragraph>
        ) : (
          <TableScroll label={m.tableCaption}>
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{m.tableCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{m.name}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.code}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.links}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {mine.map((municipality) => (
                  <Table.Row key={municipality.code}>
                    <Table.HeaderCell scope="row">{municipality.name}</Table.HeaderCell>
                    <Table.Cell>{municipality.code}</Table.Cell>
                    <Table.Cell>
                      <ul className="municipality-links">
                        {(
                          [
                            ['newcomers', m.newcomersLink],
                            ['waiting-list', m.waitingListLink],
                            ['reach', m.reachLink],
                            ['events', m.eventsLink],
                          ] as const
                        ).map(([path, label]) => (
                          <li key={path}>
                            <Link asChild>
                              <RouterLink to={`/municipalities/${municipality.code}/${path}`}>
                                {label}
                                <span className="visually-hidden"> – {municipality.name}</span>
                              </RouterLink>
                            </Link>
                          </li>
                        ))}
                        <li>
                          <Link asChild>
                            <RouterLink to={`/municipalities/${municipality.code}/info`}>
                              {m.infoPagesLink}
                              <span className="visually-hidden"> – {municipality.name}</span>
                            </RouterLink>
                          </Link>
                        </li>
                        <li>
                          <Link asChild>
                            <RouterLink to={`/municipalities/${municipality.code}/team`}>
                              {m.teamLink}
                              <span className="visually-hidden"> – {municipality.name}</span>
                            </RouterLink>
                          </Link>
                        </li>
                      </ul>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </div>
    </Page>
  );
}

/** The municipality of the route's :code, by name, or the code until the names are loaded. */
export function useMunicipalityName(code: string): string {
  const municipalities = useMunicipalities();
  return municipalities.data?.get(code)?.name ?? code;
}

/** Back to the list of municipalities. */
export function BackToMunicipalities() {
  const { t } = useI18n();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to="/municipalities">{t.municipalities.back}</RouterLink>
      </Link>
    </Paragraph>
  );
}
