import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Navigate, Link as RouterLink } from 'react-router';
import { useMunicipalities } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import './newcomers.css';

/**
 * Where the main navigation's "Newcomers" leads: straight to the register of a coordinator's one
 * municipality, else a list of the municipalities whose register the caller may open (a
 * coordinator's own; every one for admins and leads).
 */
export function NewcomersHomePage() {
  const { t, language } = useI18n();
  const user = useUser();
  const municipalities = useMunicipalities();
  if (user.role === 'coordinator' && user.municipalityCodes.length === 1) {
    return <Navigate to={`/municipalities/${user.municipalityCodes[0]}/newcomers`} replace />;
  }
  const all = [...(municipalities.data?.values() ?? [])];
  const shown = user.role === 'coordinator' ? all.filter((m) => user.municipalityCodes.includes(m.code)) : all;
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb');
  shown.sort((a, b) => collator.compare(a.name, b.name));
  return (
    <Page title={t.newcomers.homeTitle}>
      {municipalities.isPending ? <Loading /> : null}
      {municipalities.isError ? (
        <LoadError error={municipalities.error} retry={() => void municipalities.refetch()} />
      ) : null}
      {municipalities.data ? (
        shown.length === 0 ? (
          <Paragraph>{t.newcomers.noMunicipalities}</Paragraph>
        ) : (
          <>
            <Paragraph>{t.newcomers.homeIntro}</Paragraph>
            <ul className="municipality-list">
              {shown.map((m) => (
                <li key={m.code}>
                  <Link asChild>
                    <RouterLink to={`/municipalities/${m.code}/newcomers`}>
                      {m.name} ({m.code})
                    </RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </Page>
  );
}
