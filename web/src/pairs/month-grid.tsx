import { Table } from '@digdir/designsystemet-react';
import { memo, useCallback, useMemo, type CSSProperties, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Formatters } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/nb.js';
import { markWords, monthMarkCompact, type MonthMarkKind } from '../ui/month-mark.js';
import { monthsOf, type PairMonth, type PairRow } from './pairs-queries.js';

/*
 * The pairs × months grid: one row a pair (its th says who), one column a month, each cell the
 * month's mark with the whole sentence for a screen reader («mars 2027: 1 av 2 møter – ikke
 * oppfylt»). 1,000 pairs × 8 months must draw in well under a second: rows are memoised, cells
 * are plain elements (no hooks, no tooltips, no component of their own), a pair's link is a plain
 * <a> followed by one handler for the table, and every word a row needs is prepared once.
 */

type AttentionFlags = PairRow['attention'];

/** 0 first: two months missed, then last month missed, then silent for 30 days, then the rest (as the API sorts). */
export function attentionRank(attention: AttentionFlags): number {
  if (attention.missedTwoMonths) return 0;
  if (attention.missedLastMonth) return 1;
  if (attention.noMeetingFor30Days) return 2;
  return 3;
}

/** Needs-attention first; otherwise the order given (the API's: by mentee name). Stable. */
export function sortForAttention(pairs: readonly PairRow[]): PairRow[] {
  return pairs
    .map((pair, index) => ({ pair, index, rank: attentionRank(pair.attention) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.pair);
}

/** Every month any pair has, in order: the grid's columns. */
export function gridMonths(pairs: readonly PairRow[]): string[] {
  const months = new Set<string>();
  for (const pair of pairs) for (const month of monthsOf(pair.months)) months.add(month.month);
  return [...months].sort();
}

/** Why a pair needs attention, most pressing first (two months in a row says last month too). */
export function attentionTags(attention: AttentionFlags, t: Messages): string[] {
  const m = t.matching.pairs;
  const tags: string[] = [];
  if (attention.missedTwoMonths) tags.push(m.missedTwoMonths);
  else if (attention.missedLastMonth) tags.push(m.missedLastMonth);
  if (attention.noMeetingFor30Days) tags.push(m.noMeetingFor30Days);
  return tags;
}

interface GridWords {
  words: Record<MonthMarkKind, string>;
  monthNames: Map<string, string>;
  t: Messages;
  f: Formatters;
}

/** A plain function, not a component: thousands of cells, no fiber of their own. */
function monthCell(month: string, entry: PairMonth | undefined, g: GridWords) {
  const name = g.monthNames.get(month) ?? month;
  const marks = g.t.matching.marks;
  if (!entry) {
    return (
      <td key={month} className="month-cell month-cell-outside">
        <span className="month-mark-label">{marks.outside(name)}</span>
      </td>
    );
  }
  // An exempt month is the holiday; paused days are said after the count.
  const word = entry.exempt ? marks.holiday : g.words[entry.mark];
  const paused = entry.pausedDays > 0 ? marks.paused(entry.pausedDays) : undefined;
  const count = entry.requiredMeetings > 0 ? marks.count(entry.qualifyingMeetings, entry.requiredMeetings) : undefined;
  const cell = marks.cell(name, entry.qualifyingMeetings, entry.requiredMeetings, word);
  return (
    <td key={month} className="month-cell">
      {monthMarkCompact(
        entry.mark,
        word,
        paused ? (count ? `${count}, ${paused}` : paused) : count,
        paused ? `${cell} (${paused})` : cell,
      )}
    </td>
  );
}

const PairGridRow = memo(function PairGridRow({
  pair,
  months,
  g,
}: {
  pair: PairRow;
  months: readonly string[];
  g: GridWords;
}) {
  const m = g.t.matching;
  const byMonth = new Map(monthsOf(pair.months).map((entry) => [entry.month, entry]));
  const tags = pair.needsAttention ? attentionTags(pair.attention, g.t) : [];
  return (
    <tr className={pair.needsAttention ? 'pair-row-attention' : undefined}>
      <th scope="row" className="pair-cell">
        <a href={`/pairs/${pair.id}`} className="ds-link" data-route="">
          {m.pairName(pair.mentor.name, pair.mentee.name)}
        </a>
        {tags.length > 0 || pair.status !== 'approved' ? (
          <span className="pair-tags">
            {tags.map((tag) => (
              <span key={tag} className="ds-tag" data-color="warning" data-size="sm">
                {tag}
              </span>
            ))}
            {pair.status === 'completed' ? (
              <span className="ds-tag" data-color="neutral" data-size="sm">
                {m.pairs.completed}
              </span>
            ) : null}
            {pair.status === 'ended' ? (
              <span className="ds-tag" data-color="neutral" data-size="sm">
                {m.pairs.ended}
              </span>
            ) : null}
          </span>
        ) : null}
      </th>
      {months.map((month) => monthCell(month, byMonth.get(month), g))}
      <td className="number-cell">{g.f.number(pair.meetings)}</td>
      <td className="date-cell">{pair.lastMeetingOn ? g.f.dayShort(pair.lastMeetingOn) : m.pairs.never}</td>
    </tr>
  );
});

export function MonthGrid({ pairs, caption }: { pairs: readonly PairRow[]; caption: string }) {
  const { t, f } = useI18n();
  const months = useMemo(() => gridMonths(pairs), [pairs]);
  const ordered = useMemo(() => sortForAttention(pairs), [pairs]);
  const g = useMemo<GridWords>(
    () => ({ words: markWords(t), monthNames: new Map(months.map((month) => [month, f.month(month)])), t, f }),
    [t, f, months],
  );
  const m = t.matching.pairs;
  const navigate = useNavigate();
  // One handler for every pair's link: plain <a> elements are far cheaper than a thousand router links.
  const follow = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-route]');
      if (!link) return;
      event.preventDefault();
      void navigate(link.getAttribute('href') ?? '/');
    },
    [navigate],
  );
  return (
    <div onClick={follow}>
      {/* Always a named, focusable region, so it scrolls by keyboard at any width. Not TableScroll: its
          measuring forces the browser to lay out a thousand rows more than once (1.2 s against 0.2 s). */}
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <Table
          className="pairs-grid"
          data-size="sm"
          // Fixed layout, each column its width: the browser need not measure a thousand rows to size them.
          style={{ '--months': months.length } as CSSProperties}
        >
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="pair-cell">
                {m.pair}
              </th>
              {months.map((month) => (
                <th scope="col" key={month} className="month-head">
                  {f.monthShort(month)}
                </th>
              ))}
              <th scope="col">{m.meetings}</th>
              <th scope="col">{m.lastMeeting}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((pair) => (
              <PairGridRow key={pair.id} pair={pair} months={months} g={g} />
            ))}
          </tbody>
        </Table>
      </div>
    </div>
  );
}
