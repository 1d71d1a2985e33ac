import { NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import './programme-nav.css';

/**
 * The pages of one programme: overview, participants, matching, pairs and stats. Each area's
 * programme page puts it under its heading (`<Page title=…><ProgrammeNav programmeId={id} />…`);
 * the link of the page the person is on is marked (aria-current="page", and in bold with a
 * thick underline, so not by colour alone).
 */
export function ProgrammeNav({ programmeId, programmeName }: { programmeId: string; programmeName?: string }) {
  const { t } = useI18n();
  const m = t.programmes.nav;
  const base = `/programmes/${programmeId}`;
  const links = [
    { to: base, label: m.overview, end: true },
    { to: `${base}/participants`, label: m.participants, end: false },
    { to: `${base}/matching`, label: m.matching, end: true },
    { to: `${base}/pairs`, label: m.pairs, end: true },
    { to: `${base}/stats`, label: m.stats, end: true },
  ];
  return (
    <nav aria-label={programmeName ? m.labelFor(programmeName) : m.label} className="programme-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
