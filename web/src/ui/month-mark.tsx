import type { Messages } from '../i18n/nb.js';
import './month-mark.css';

/*
 * A month's mark of a pair: met, missed, running or not required. Each mark has a symbol AND a
 * word, with a colour besides, never colour alone. Cheap on purpose (no hooks, no context): the
 * pairs grid draws thousands; the caller passes the words (`markWords(t)`).
 */

export const MONTH_MARKS = ['met', 'missed', 'running', 'not_required'] as const;
export type MonthMarkKind = (typeof MONTH_MARKS)[number];

export const MARK_SYMBOLS: Record<MonthMarkKind, string> = {
  met: '✓',
  missed: '✗',
  running: '…',
  not_required: '–',
};

/** The word of each mark in the reader's language («oppfylt», «ikke oppfylt», «pågår», «ikke påkrevd»). */
export function markWords(t: Messages): Record<MonthMarkKind, string> {
  const m = t.matching.marks;
  return { met: m.met, missed: m.missed, running: m.running, not_required: m.not_required };
}

/**
 * The mark of a month of GET /matches/:id/compliance, by the rule the pairs list uses
 * (src/meetings/month-requirement.sql.ts): nothing required → not_required; not over → running;
 * then met or missed.
 */
export function complianceMark(month: {
  requiredMeetings: number;
  qualifyingMeetings: number;
  closed: boolean;
}): MonthMarkKind {
  if (month.requiredMeetings === 0) return 'not_required';
  if (!month.closed) return 'running';
  return month.qualifyingMeetings >= month.requiredMeetings ? 'met' : 'missed';
}

/**
 * One mark: symbol, word and (optionally) a short detail such as «1 av 2». With `label`, the
 * visible mark is hidden from assistive technology and the label is read instead (a whole
 * sentence: «mars 2027: 1 av 2 møter – ikke oppfylt»).
 */
export function MonthMark({
  mark,
  word,
  detail,
  label,
}: {
  mark: MonthMarkKind;
  word: string;
  detail?: string;
  label?: string;
}) {
  const visible = (
    <span className={`month-mark month-mark-${mark}`} aria-hidden={label ? true : undefined}>
      <span className="month-mark-symbol" aria-hidden="true">
        {MARK_SYMBOLS[mark]}
      </span>
      {detail ? <span className="month-mark-detail">{detail}</span> : null}
      <span className="month-mark-word">{word}</span>
    </span>
  );
  if (!label) return visible;
  return (
    <>
      {visible}
      <span className="month-mark-label">{label}</span>
    </>
  );
}

/**
 * The same mark in as few DOM nodes as it can be, for a grid that draws thousands (a plain
 * function, no component): symbol, detail and word as one text on two lines, hidden from assistive
 * technology, and the whole sentence read instead.
 */
export function monthMarkCompact(mark: MonthMarkKind, word: string, detail: string | undefined, label: string) {
  return (
    <>
      <span className={`month-mark month-mark-${mark} month-mark-compact`} aria-hidden="true">
        {`${MARK_SYMBOLS[mark]}${detail ? ` ${detail}` : ''}\n${word}`}
      </span>
      <span className="month-mark-label">{label}</span>
    </>
  );
}

/** The four marks explained, for above a grid of them. */
export function MonthMarkLegend({ t }: { t: Messages }) {
  const words = markWords(t);
  return (
    <div className="month-mark-legend">
      <span className="month-mark-legend-title">{t.matching.marks.legend}</span>
      <ul>
        {MONTH_MARKS.map((mark) => (
          <li key={mark}>
            <MonthMark mark={mark} word={words[mark]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
