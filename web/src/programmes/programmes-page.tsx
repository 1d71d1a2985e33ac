import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQueries } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { municipalityNames, useMunicipalities, usePrograms, type Programme } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { attentionItems, programmePhase, sortProgrammes, type Attention } from './attention.js';
import { fetchAttention, programmeKeys } from './programme-queries.js';
import './programmes.css';

/** The programmes the caller sees, those with something needing attention first, each with what it is. */
export function ProgrammesPage() {
  const { t } = useI18n();
  const user = useUser();
  const programmes = usePrograms();
  const municipalities = useMunicipalities();
  const list = programmes.data ?? [];
  const attention = useQueries({
    queries: list.map((programme) => ({
      queryKey: programmeKeys.attention(programme.id),
      queryFn: () => fetchAttention(programme.id),
    })),
  });
  const attentionById = new Map<string, { data?: Attention; isError: boolean; isPending: boolean }>(
    list.map((programme, index) => [programme.id, attention[index]]),
  );
  // Sorted by attention once every count is in, so the list does not reorder under the reader while they arrive.
  const allIn = attention.every((query) => !query.isPending);
  const sorted = sortProgrammes(
    list,
    new Map(list.map((programme, index) => [programme.id, allIn ? attention[index]?.data : undefined])),
  );
  const mayCreate = user.role === 'admin' || user.role === 'lead';
  return (
    <Page
      title={t.nav.programmes}
      actions={
        mayCreate ? (
          <Link asChild>
            <RouterLink to="/programmes/new">{t.programmes.create}</RouterLink>
          </Link>
        ) : null
      }
    >
      {programmes.isPending ? <Loading /> : null}
      {programmes.isError ? <LoadError error={programmes.error} retry={() => void programmes.refetch()} /> : null}
      {programmes.data?.length === 0 ? <Paragraph>{t.programmes.none}</Paragraph> : null}
      <ul className="card-list programme-cards">
        {sorted.map((programme) => (
          <li key={programme.id}>
            <ProgrammeCard
              programme={programme}
              municipalities={municipalityNames(programme.municipalityCodes, municipalities.data)}
              attention={attentionById.get(programme.id)}
            />
          </li>
        ))}
      </ul>
    </Page>
  );
}

function ProgrammeCard({
  programme,
  municipalities,
  attention,
}: {
  programme: Programme;
  municipalities: string;
  attention: { data?: Attention; isError: boolean; isPending: boolean } | undefined;
}) {
  const { t, f } = useI18n();
  const phase = programmePhase(programme);
  const headingId = `programme-${programme.id}`;
  const when = (iso: string) => f.dateTime(iso, programme.timezone);
  const items = attention?.data ? attentionItems(programme.id, attention.data, t, when) : [];
  const next = attention?.data?.nextGathering;
  return (
    <Card asChild data-color={items.length ? 'warning' : 'neutral'} className="programme-card">
      <article aria-labelledby={headingId}>
        <div className="programme-card-head">
          <Heading level={2} data-size="sm" id={headingId}>
            <RouterLink to={`/programmes/${programme.id}`}>{programme.name}</RouterLink>
          </Heading>
          <Tag data-size="sm" data-color={phase === 'running' ? 'success' : 'neutral'}>
            {t.programmes.phase[phase]}
          </Tag>
        </div>
        <Paragraph data-size="sm">
          {t.programmes.period(f.day(programme.startDate), f.day(programme.endDate))}
        </Paragraph>
        <Paragraph data-size="sm">{municipalities}</Paragraph>
        {attention?.isPending ? <Loading /> : null}
        {attention?.isError ? <Paragraph data-size="sm">{t.programmes.attentionError}</Paragraph> : null}
        {items.length ? (
          <div className="attention">
            <Heading level={3} data-size="2xs" className="attention-heading">
              <span aria-hidden="true" className="attention-symbol">
                !
              </span>{' '}
              {t.programmes.needsAttention}
            </Heading>
            <ul className="attention-list">
              {items.map((item) => (
                <li key={item.key}>
                  <Link asChild>
                    <RouterLink to={item.to}>{item.text}</RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {attention?.data && !items.length ? (
          <Paragraph data-size="sm">
            <span aria-hidden="true">✓ </span>
            {t.programmes.allWell}
          </Paragraph>
        ) : null}
        {attention?.data ? (
          <Paragraph data-size="sm">
            {next
              ? t.programmes.nextGathering(next.title, when(next.startsAt), next.location)
              : t.programmes.noNextGathering}
          </Paragraph>
        ) : null}
      </article>
    </Card>
  );
}
