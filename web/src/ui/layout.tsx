import { Button, Field, Label, Link, Paragraph, Select, SkipLink } from '@digdir/designsystemet-react';
import { NavLink, Link as RouterLink, Outlet } from 'react-router';
import { QUEUE_DASHBOARD, onQueueDashboardClick } from '../admin/queue-dashboard-link.js';
import { useSession } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages.js';

/** The accessibility statement: the municipality's own when the service names one, else the console's page. */
function accessibilityStatementUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="mentornett-accessibility-statement"]');
  return meta?.content || '/accessibility';
}

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Field className="language-switch">
      <Label data-size="sm">{t.app.language}</Label>
      <Select
        data-size="sm"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <Select.Option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function MainNav() {
  const { t } = useI18n();
  const { user, logout } = useSession();
  if (!user) return null;
  const links: { to: string; label: string; roles: string[] }[] = [
    { to: '/programmes', label: t.nav.programmes, roles: ['admin', 'lead', 'coordinator'] },
    { to: '/municipalities', label: t.nav.municipalities, roles: ['admin', 'lead', 'coordinator'] },
    { to: '/newcomers', label: t.nav.newcomers, roles: ['admin', 'lead', 'coordinator'] },
    { to: '/stats', label: t.nav.stats, roles: ['admin', 'lead'] },
    { to: '/admin/users', label: t.nav.users, roles: ['admin'] },
    { to: '/admin/outbox', label: t.nav.outbox, roles: ['admin'] },
    { to: '/admin/audit', label: t.nav.audit, roles: ['admin'] },
    { to: '/account', label: t.nav.account, roles: ['admin', 'lead', 'coordinator'] },
  ];
  return (
    <nav aria-label={t.app.mainNav} className="main-nav">
      <ul>
        {links
          .filter((link) => link.roles.includes(user.role))
          .map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} className="nav-link">
                {link.label}
              </NavLink>
            </li>
          ))}
        {user.role === 'admin' ? (
          <li>
            <a className="nav-link" href={QUEUE_DASHBOARD} onClick={onQueueDashboardClick}>
              {t.nav.queues}
            </a>
          </li>
        ) : null}
        <li>
          <Button variant="tertiary" data-size="sm" onClick={() => void logout()}>
            {t.nav.logout}
          </Button>
        </li>
      </ul>
    </nav>
  );
}

export function Layout() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <div className="shell">
      <SkipLink href="#main">{t.app.skipToContent}</SkipLink>
      <header className="site-header">
        <div className="site-header-inner">
          <RouterLink to="/programmes" className="brand">
            {t.app.name}
          </RouterLink>
          {user ? <span className="who">{t.app.loggedInAs(user.name)}</span> : null}
          <LanguageSwitch />
        </div>
        <MainNav />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <Paragraph data-size="sm">
          {t.app.footer} · <Link href={accessibilityStatementUrl()}>{t.app.accessibility}</Link>
        </Paragraph>
      </footer>
    </div>
  );
}
