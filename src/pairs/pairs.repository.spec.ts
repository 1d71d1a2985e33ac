import { forEachCount, standingOf as standingOfRow, type RawPairRow } from './pairs.repository.js';

/** A running pair of a programme with a minimum of 2, seen on 2027-05-10. */
function row(overrides: Partial<RawPairRow> = {}): RawPairRow {
  return {
    id: 'p1',
    status: 'approved',
    startsOn: '2027-01-18',
    endsOn: null,
    mentorId: 'm1',
    mentorName: 'Mentor',
    menteeId: 'e1',
    menteeName: 'Mentee',
    municipalityCode: '1870',
    score: 0.5,
    spanStart: '2027-01-18',
    spanEnd: '2027-09-17',
    today: '2027-05-10',
    minMeetingsPerMonth: 2,
    exemptMonths: '',
    pauseDays: null,
    counts: null,
    minutes: null,
    lastMeetingOn: null,
    ...overrides,
  };
}

type Totals = Pick<RawPairRow, 'counts' | 'minutes' | 'lastMeetingOn'>;

/** The pair's pair_meeting_totals columns: its months' counts and its last meeting. */
function counts(months: Month[], lastMeetingOn: string): Totals {
  return {
    counts: months.map((m) => m.text).join(','),
    minutes: months.reduce((sum, m) => sum + m.minutes, 0),
    lastMeetingOn,
  };
}

/** A pair's row with its totals (none: no meetings), marked. */
function standingOf(pair: RawPairRow, totals?: Totals) {
  return standingOfRow(totals === undefined ? pair : { ...pair, ...totals });
}

/** The text pair_meeting_totals holds for a month: its index, year × 12 + month − 1. */
function month(firstDay: string, qualifying: number, meetings: number, minutes: number): Month {
  const index = Number(firstDay.slice(0, 4)) * 12 + Number(firstDay.slice(5, 7)) - 1;
  return { text: `${index} ${qualifying} ${meetings}`, minutes };
}

interface Month {
  /** As pair_meeting_totals writes it: "i qualifying meetings". */
  text: string;
  minutes: number;
}

describe('forEachCount', () => {
  it('reads each month by its index, across a new year', () => {
    const seen: number[][] = [];
    forEachCount(
      [month('2027-12-01', 1, 2, 150), month('2028-01-01', 0, 13, 1030)].map((m) => m.text).join(','),
      (...entry) => seen.push(entry),
    );
    expect(seen).toEqual([
      [2027 * 12 + 11, 1, 2],
      [2028 * 12 + 0, 0, 13],
    ]);
  });
});

describe('standingOf', () => {
  it('lists the months from the first to today’s, counts them in and marks them', () => {
    const standing = standingOf(
      row(),
      counts(
        [month('2027-04-01', 1, 2, 150), month('2027-02-01', 2, 2, 240), month('2027-01-01', 1, 1, 120)],
        '2027-04-28',
      ),
    );
    expect(standing.months).toEqual({
      first: '2027-01',
      marks: 'mmxxr',
      // January: 14 of 31 days, round(2 × 14 / 31) = 1
      requiredMeetings: [1, 2, 2, 2, 2],
      qualifyingMeetings: [1, 2, 0, 1, 0],
      meetings: [1, 2, 0, 2, 0],
      // A pair without pauses: left out of the JSON.
      pausedDays: undefined,
    });
    expect([standing.meetings, standing.minutes, standing.lastMeetingOn]).toEqual([5, 510, '2027-04-28']);
    expect(standing.attention).toEqual({ missedLastMonth: true, missedTwoMonths: true, noMeetingFor30Days: false });
    expect(standing.needsAttention).toBe(true);
  });

  it('counts 30 silent days from the day before the span when nothing was ever logged', () => {
    expect(standingOf(row({ today: '2027-02-15' }), undefined).attention.noMeetingFor30Days).toBe(false);
    expect(standingOf(row({ today: '2027-02-16' }), undefined).attention.noMeetingFor30Days).toBe(true);
    expect(
      standingOf(row({ today: '2027-02-16' }), counts([month('2027-01-01', 1, 1, 120)], '2027-01-19')).attention
        .noMeetingFor30Days,
    ).toBe(false);
  });

  it('flags nothing for a pair that is not running, whatever its months', () => {
    const ended = standingOf(row({ status: 'ended', endsOn: '2027-04-30', spanEnd: '2027-04-30' }), undefined);
    expect(ended.months.marks).toBe('xxxx');
    expect(ended.attention).toEqual({ missedLastMonth: false, missedTwoMonths: false, noMeetingFor30Days: false });
    expect(ended.endsOn).toBe('2027-04-30');
  });

  it('lists no months before the pair begins', () => {
    expect(standingOf(row({ today: '2027-01-10' }), undefined).months).toEqual({
      first: null,
      marks: '',
      requiredMeetings: [],
      qualifyingMeetings: [],
      meetings: [],
      pausedDays: undefined,
    });
  });
});

describe('standingOf with holidays and pauses', () => {
  it('never gives a pair with pauses the months of the same span without, nor the other way round', () => {
    const plain = standingOf(row({ id: 'a' }), undefined);
    const paused = standingOf(row({ id: 'b', pauseDays: '2027-03-01 2027-03-31,2027-04-20 2027-04-30' }), undefined);
    const plainAgain = standingOf(row({ id: 'c' }), undefined);
    expect(plain.months.requiredMeetings).toEqual([1, 2, 2, 2, 2]);
    expect(plain.months.pausedDays).toBeUndefined();
    // March paused whole: nothing; April 20 of 30 active: 2 × 20 / 30 = 1.33 → 1.
    expect(paused.months.requiredMeetings).toEqual([1, 2, 0, 1, 2]);
    expect(paused.months.pausedDays).toEqual([0, 0, 31, 11, 0]);
    expect(paused.months.marks.slice(2, 4)).toBe('nx');
    expect(plainAgain.months.requiredMeetings).toEqual([1, 2, 2, 2, 2]);
  });

  it('requires nothing in an exempt month and marks it h (not required: the holiday)', () => {
    const standing = standingOf(row({ exemptMonths: '3,7', today: '2027-05-10' }), undefined);
    expect(standing.months.requiredMeetings).toEqual([1, 2, 0, 2, 2]);
    expect(standing.months.marks).toBe('xxhxr');
  });

  it('gives pairs of one span their own marks, and the same standing whichever was read first', () => {
    const january = month('2027-01-01', 1, 1, 120);
    const march = month('2027-03-01', 2, 2, 240);
    const first = standingOf(row({ id: 'a' }), counts([january], '2027-01-20'));
    const second = standingOf(row({ id: 'b' }), counts([march], '2027-03-20'));
    const third = standingOf(row({ id: 'c' }), counts([january], '2027-01-20'));
    expect([first.months.marks, second.months.marks, third.months.marks]).toEqual(['mxxxr', 'xxmxr', 'mxxxr']);
    expect(second.attention).toEqual({ missedLastMonth: true, missedTwoMonths: false, noMeetingFor30Days: true });
    expect(first.attention).toEqual({ missedLastMonth: true, missedTwoMonths: true, noMeetingFor30Days: true });
  });

  it('marks a month running while it is not over, and met once it is, whatever it requires', () => {
    const january = month('2027-01-01', 1, 1, 120);
    const may = month('2027-05-01', 2, 2, 240);
    expect(standingOf(row(), counts([january, may], '2027-05-03')).months.marks).toBe('mxxxr');
    const ended = row({ status: 'completed', endsOn: '2027-05-09', spanEnd: '2027-05-09' });
    expect(standingOf(ended, counts([january, may], '2027-05-03')).months.marks).toBe('mxxxm');
  });

  it('does not escalate across an exempt month: missing two months in a row needs two that required something', () => {
    const standing = standingOf(row({ exemptMonths: '3', today: '2027-04-10' }), undefined);
    // Last month (March) was exempt: not missed; February was missed.
    expect(standing.attention).toMatchObject({ missedLastMonth: false, missedTwoMonths: false });
    const after = standingOf(row({ exemptMonths: '3', today: '2027-05-10' }), undefined);
    expect(after.attention).toMatchObject({ missedLastMonth: true, missedTwoMonths: false });
  });
});
