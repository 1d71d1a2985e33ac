import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { attentionItems, needsAttention, programmePhase, sortProgrammes, type Attention } from './attention.js';
import { timelineEntries, dayOfProgramme } from './timeline.js';

const calm: Attention = {
  menteesWithoutMentor: 0,
  menteesWithoutMentorIds: [],
  staleProposals: 0,
  pairsMissedLastMonth: 0,
  pairsMissedTwoMonths: 0,
  pairsSilent30Days: 0,
  nextGathering: null,
  gatheringsSoonWithoutInvitations: [],
};

const NOW = new Date('2027-03-10T12:00:00Z');

function programme(id: string, startDate: string, endDate: string) {
  return { id, name: `Programme ${id}`, startDate, endDate, timezone: 'Europe/Oslo' };
}

describe('programmePhase', () => {
  it("reads today in the programme's time zone", () => {
    const p = programme('a', '2027-03-11', '2027-11-11');
    expect(programmePhase(p, new Date('2027-03-10T22:59:00Z'))).toBe('upcoming');
    expect(programmePhase(p, new Date('2027-03-10T23:00:00Z'))).toBe('running');
    expect(programmePhase(p, new Date('2027-11-11T22:59:00Z'))).toBe('running');
    expect(programmePhase(p, new Date('2027-11-11T23:00:00Z'))).toBe('ended');
  });
});

describe('sortProgrammes', () => {
  const ended = programme('ended', '2026-01-01', '2026-09-01');
  const endedEarlier = programme('endedEarlier', '2025-01-01', '2025-09-01');
  const upcoming = programme('upcoming', '2027-08-01', '2028-04-01');
  const running = programme('running', '2027-01-15', '2027-09-15');
  const runningLater = programme('runningLater', '2027-02-01', '2027-10-01');

  it('puts running before upcoming before ended, when nothing needs attention', () => {
    const sorted = sortProgrammes([ended, upcoming, runningLater, endedEarlier, running], new Map(), NOW);
    expect(sorted.map((p) => p.id)).toEqual(['running', 'runningLater', 'upcoming', 'ended', 'endedEarlier']);
  });

  it('puts programmes with something needing attention first, whatever their phase', () => {
    const attention = new Map<string, Attention | undefined>([
      ['ended', { ...calm, pairsSilent30Days: 1 }],
      ['runningLater', { ...calm, menteesWithoutMentor: 2 }],
      ['running', calm],
    ]);
    const sorted = sortProgrammes([ended, upcoming, running, runningLater], attention, NOW);
    expect(sorted.map((p) => p.id)).toEqual(['runningLater', 'ended', 'running', 'upcoming']);
  });
});

describe('attentionItems', () => {
  it('lists only what is there, two months behind before last month, each linked where it is handled', () => {
    const items = attentionItems(
      'p1',
      {
        ...calm,
        menteesWithoutMentor: 3,
        staleProposals: 1,
        pairsMissedLastMonth: 4,
        pairsMissedTwoMonths: 1,
        gatheringsSoonWithoutInvitations: [
          { id: 'g1', kind: 'midway', title: 'Midway', startsAt: '2027-03-20T17:00:00+01:00' },
        ],
      },
      en,
      (iso) => iso.slice(0, 10),
    );
    expect(items.map((i) => [i.text, i.to])).toEqual([
      ['3 mentees without a mentor or a proposal', '/programmes/p1/participants?role=mentee&hasMentor=false'],
      ['1 proposal not decided for more than 7 days', '/programmes/p1/matching'],
      ['1 pair has missed the minimum two months in a row', '/programmes/p1/pairs?needsAttention=true'],
      ['4 pairs missed the minimum last month', '/programmes/p1/pairs?needsAttention=true'],
      ['The invitations to “Midway” on 2027-03-20 have not gone out', '/programmes/p1#gatherings'],
    ]);
  });

  it('says nothing needs attention when every count is 0', () => {
    expect(attentionItems('p1', calm, en, (iso) => iso)).toEqual([]);
    expect(needsAttention(calm)).toBe(false);
    expect(
      needsAttention({
        ...calm,
        gatheringsSoonWithoutInvitations: [{ id: 'g', kind: 'other', title: 'x', startsAt: '' }],
      }),
    ).toBe(true);
  });
});

describe('timelineEntries', () => {
  const f = { day: (iso: string) => iso.slice(0, 10), dateTime: (iso: string) => iso };
  const p = programme('p', '2027-01-15', '2027-09-15');
  const gatherings = [
    { id: 'k', kind: 'kickoff' as const, title: 'Kickoff', startsAt: '2027-01-15T17:00:00+01:00' },
    { id: 'm', kind: 'midway' as const, title: 'Midway', startsAt: '2027-05-16T17:00:00+02:00' },
    { id: 'c', kind: 'closing' as const, title: 'Closing', startsAt: '2027-09-15T17:00:00+02:00' },
  ];

  it('orders start, gatherings, today and end, and marks what is past', () => {
    const entries = timelineEntries(p, gatherings, en, f, NOW);
    expect(entries.map((e) => [e.key, e.state])).toEqual([
      ['start', 'past'],
      ['k', 'past'],
      ['today', 'today'],
      ['m', 'future'],
      ['c', 'future'],
      ['end', 'future'],
    ]);
  });

  it('puts today before the start of a programme still to come, and after the end of one that is over', () => {
    expect(timelineEntries(p, [], en, f, new Date('2026-12-01T12:00:00Z')).map((e) => e.key)).toEqual([
      'today',
      'start',
      'end',
    ]);
    expect(timelineEntries(p, [], en, f, new Date('2027-10-01T12:00:00Z')).map((e) => e.key)).toEqual([
      'start',
      'end',
      'today',
    ]);
  });

  it('counts the days of a running programme', () => {
    expect(dayOfProgramme('2027-01-15', '2027-09-15', '2027-01-15')).toEqual({ day: 1, days: 244 });
    expect(dayOfProgramme('2027-01-15', '2027-09-15', '2027-09-16')).toBeNull();
  });
});
