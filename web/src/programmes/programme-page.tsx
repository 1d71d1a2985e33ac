import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useMunicipalities, useProgramme } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { ProgrammeArchiveButton } from '../participants/privacy-actions.js';
import { programmePhase } from './attention.js';
import { Gatherings } from './gatherings.js';
import { ProgrammeNav } from './programme-nav.js';
import { useGatherings } from './programme-queries.js';
import { RulesSummary } from './rules-summary.js';
import { Timeline } from './timeline.js';
import './programmes.css';

/** A programme's overview: its timeline, rules, municipalities and gatherings with their attendance. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t, f } = useI18n();
  const user = useUser();
  const programme = useProgramme(id);
  const gatherings = useGatherings(id);
  const municipalities = useMunicipalities();
  const mayEdit = user.role === 'admin' || user.role === 'lead';
  const m = t.programmes.overview;
  const { hash } = useLocation();
  const ready = programme.isSuccess && gatherings.isSuccess;
  useEffect(() => {
    // A link to a part of the page (#gatherings from the programme list) lands there once it is drawn.
    if (!ready || !hash) return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView();
    target?.focus();
  }, [ready, hash]);

  if (programme.isPending) {
    return (
      <Page title={t.nav.programmes}>
        <Loading />
      </Page>
    );
  }
  if (programme.isError) {
    return (
      <Page title={t.nav.programmes}>
        <LoadError error={programme.error} retry={() => void programme.refetch()} />
      </Page>
    );
  }
  const p = programme.data;
  const phase = programmePhase(p);
  return (
    <Page
      title={p.name}
      actions={
        mayEdit ? (
          <Link asChild>
            <RouterLink to={`/programmes/${p.id}/edit`}>{m.edit}</RouterLink>
          </Link>
        ) : null
      }
    >
      <ProgrammeNav programmeId={p.id} programmeName={p.name} />
      <div className="programme-sections">
        <div className="row">
          <Paragraph>{t.programmes.period(f.day(p.startDate), f.day(p.endDate))}</Paragraph>
          <Tag data-size="sm" data-color={phase === 'running' ? 'success' : 'neutral'}>
            {t.programmes.phase[phase]}
          </Tag>
        </div>

        <section className="programme-section" aria-labelledby="timeline-heading">
          <Heading level={2} data-size="sm" id="timeline-heading">
            {m.timeline}
          </Heading>
          {gatherings.isError ? <LoadError error={gatherings.error} retry={() => void gatherings.refetch()} /> : null}
          {gatherings.isPending ? <Loading /> : <Timeline programme={p} gatherings={gatherings.data ?? []} />}
        </section>

        <div className="programme-facts">
          <section className="programme-section" aria-labelledby="rules-heading">
            <Heading level={2} data-size="sm" id="rules-heading">
              {m.rules}
            </Heading>
            <RulesSummary rules={p.rules} />
          </section>
          <section className="programme-section" aria-labelledby="municipalities-heading">
            <Heading level={2} data-size="sm" id="municipalities-heading">
              {m.municipalities}
            </Heading>
            <ul className="rules-list">
              {p.municipalityCodes
                .map((code) => municipalities.data?.get(code)?.name ?? code)
                .sort((a, b) => a.localeCompare(b, 'nb'))
                .map((name) => (
                  <li key={name}>{name}</li>
                ))}
            </ul>
            <Paragraph data-size="sm">{m.timeZone(p.timezone)}</Paragraph>
          </section>
        </div>

        <section className="programme-section" aria-labelledby="gatherings-heading" id="gatherings" tabIndex={-1}>
          <Heading level={2} data-size="sm" id="gatherings-heading">
            {m.gatherings}
          </Heading>
          {gatherings.isPending ? <Loading /> : null}
          {gatherings.data ? <Gatherings programme={p} gatherings={gatherings.data} mayEdit={mayEdit} /> : null}
        </section>

        {mayEdit ? (
          <section className="programme-section" aria-labelledby="archive-heading">
            <Heading level={2} data-size="sm" id="archive-heading">
              {t.participants.privacy.archive}
            </Heading>
            <ProgrammeArchiveButton programme={p} />
          </section>
        ) : null}
      </div>
    </Page>
  );
}
