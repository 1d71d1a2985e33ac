import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { municipalityNames, useMunicipalities, usePrograms } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';

export function ProgrammesPage() {
  const { t, f } = useI18n();
  const user = useUser();
  const programmes = usePrograms();
  const municipalities = useMunicipalities();
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
      <ul className="card-list">
        {programmes.data?.map((programme) => (
          <li key={programme.id}>
            <Card data-color="neutral">
              <Heading level={2} data-size="sm">
                <RouterLink to={`/programmes/${programme.id}`}>{programme.name}</RouterLink>
              </Heading>
              <Paragraph data-size="sm">
                {t.programmes.period(f.day(programme.startDate), f.day(programme.endDate))}
              </Paragraph>
              <Paragraph data-size="sm">{municipalityNames(programme.municipalityCodes, municipalities.data)}</Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
