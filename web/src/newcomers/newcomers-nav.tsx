import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import './newcomers.css';

/**
 * The newcomer pages of one municipality: the register, the waiting list and reach. The link of the
 * page the person is on is marked (aria-current="page", in bold with a thick underline).
 */
export function NewcomersNav({ code, municipalityName }: { code: string; municipalityName: string }) {
  const { t } = useI18n();
  const m = t.newcomers.nav;
  const base = `/municipalities/${code}`;
  const links = [
    { to: `${base}/newcomers`, label: m.register },
    { to: `${base}/waiting-list`, label: m.waitingList },
    { to: `${base}/reach`, label: m.reach },
  ];
  return (
    <nav aria-label={`${t.newcomers.navLabel}: ${municipalityName}`} className="newcomers-nav programme-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end className="nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A municipality's name once the list is loaded; its number until then. */
export function useMunicipalityName(code: string, municipalities: Map<string, { name: string }> | undefined): string {
  return municipalities?.get(code)?.name ?? code;
}
