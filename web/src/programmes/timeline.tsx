import { Paragraph } from '@digdir/designsystemet-react';
import type { Programme } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/nb.js';
import type { Gathering } from './programme-queries.js';
import { todayIn, wallClock } from './zoned-time.js';

export interface TimelineEntry {
  key: string;
  /** Sort key: the day and wall-clock time in the programme's zone. */
  at: string;
  kind: 'start' | 'gathering' | 'today' | 'end';
  label: string;
  when: string;
  state: 'past' | 'today' | 'future';
}

const RANK: Record<TimelineEntry['kind'], number> = { start: 0, gathering: 1, today: 2, end: 3 };

/**
 * The programme's start, its gatherings, its end and today, in time order (all in the
 * programme's time zone). Today sits where it falls, also before the start or after the end.
 */
export function timelineEntries(
  programme: Pick<Programme, 'startDate' | 'endDate' | 'timezone'>,
  gatherings: Pick<Gathering, 'id' | 'title' | 'startsAt' | 'kind'>[],
  t: Messages,
  f: { day(iso: string): string; dateTime(iso: string, timeZone?: string): string },
  now: Date = new Date(),
): TimelineEntry[] {
  const zone = programme.timezone;
  const today = todayIn(zone, now);
  const nowClock = wallClock(now.toISOString(), zone);
  const dayState = (day: string): TimelineEntry['state'] => (day < today ? 'past' : day > today ? 'future' : 'today');
  const m = t.programmes.overview;
  const entries: TimelineEntry[] = [
    {
      key: 'start',
      at: `${programme.startDate}T00:00`,
      kind: 'start',
      label: m.start,
      when: f.day(programme.startDate),
      state: dayState(programme.startDate) === 'future' ? 'future' : 'past',
    },
    ...gatherings.map((gathering): TimelineEntry => {
      const clock = wallClock(gathering.startsAt, zone);
      return {
        key: gathering.id,
        at: `${clock.date}T${clock.time}`,
        kind: 'gathering',
        label: `${t.programmes.kinds[gathering.kind]}: ${gathering.title}`,
        when: f.dateTime(gathering.startsAt, zone),
        state: new Date(gathering.startsAt).getTime() <= now.getTime() ? 'past' : 'future',
      };
    }),
    {
      key: 'today',
      at: `${nowClock.date}T${nowClock.time}`,
      kind: 'today',
      label: m.today,
      when: f.day(today),
      state: 'today',
    },
    {
      key: 'end',
      at: `${programme.endDate}T23:59`,
      kind: 'end',
      label: m.end,
      when: f.day(programme.endDate),
      state: dayState(programme.endDate) === 'past' ? 'past' : 'future',
    },
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at) || RANK[a.kind] - RANK[b.kind]);
}

/** How far into the programme today is, in days (1 on the first day), while it runs. */
export function dayOfProgramme(
  startDate: string,
  endDate: string,
  today: string,
): { day: number; days: number } | null {
  if (today < startDate || today > endDate) return null;
  const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const dayMs = 86_400_000;
  return {
    day: Math.round((ms(today) - ms(startDate)) / dayMs) + 1,
    days: Math.round((ms(endDate) - ms(startDate)) / dayMs) + 1,
  };
}

const SYMBOL: Record<TimelineEntry['state'], string> = { past: '✓', today: '●', future: '' };

/** The timeline as an ordered list on a rail: each entry says its state in words as well as by its mark. */
export function Timeline({
  programme,
  gatherings,
}: {
  programme: Pick<Programme, 'startDate' | 'endDate' | 'timezone'>;
  gatherings: Gathering[];
}) {
  const { t, f } = useI18n();
  const m = t.programmes.overview;
  const entries = timelineEntries(programme, gatherings, t, f);
  const progress = dayOfProgramme(programme.startDate, programme.endDate, todayIn(programme.timezone));
  const stateWord = (entry: TimelineEntry): string | null => {
    if (entry.state === 'today') return null;
    if (entry.state === 'future') return m.comingUp;
    if (entry.kind === 'gathering') return m.held;
    return entry.kind === 'start' ? m.started : m.ended;
  };
  return (
    <>
      {progress ? <Paragraph>{m.dayOf(progress.day, progress.days)}</Paragraph> : null}
      <ol className="timeline" aria-label={m.timeline}>
        {entries.map((entry) => (
          <li
            key={entry.key}
            className={`timeline-item is-${entry.state}`}
            aria-current={entry.kind === 'today' ? 'date' : undefined}
          >
            <span className="timeline-mark" aria-hidden="true">
              {SYMBOL[entry.state]}
            </span>
            <span>
              <span className="timeline-label">{entry.label}</span>
              <span className="timeline-when">
                {entry.when}
                {stateWord(entry) ? ` · ${stateWord(entry)}` : null}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
