import { decodeMonths } from './pairs.repository.js';

describe('decodeMonths', () => {
  it('reads the months of a pair back into place, labelled from the first, across a new year', () => {
    expect(decodeMonths('2027-11', '3 2 0 0 running,1 1 1 2 met,2 2 1 1 missed')).toEqual([
      { month: '2027-11', requiredMeetings: 1, qualifyingMeetings: 1, meetings: 2, mark: 'met' },
      { month: '2027-12', requiredMeetings: 2, qualifyingMeetings: 1, meetings: 1, mark: 'missed' },
      { month: '2028-01', requiredMeetings: 2, qualifyingMeetings: 0, meetings: 0, mark: 'running' },
    ]);
  });

  it('reads no months from an empty text (a pair not begun yet)', () => {
    expect(decodeMonths('2027-03', '')).toEqual([]);
  });

  it('labels many months, over more than one year change', () => {
    const entries = Array.from({ length: 26 }, (_, i) => `${i + 1} 0 0 0 not_required`).join(',');
    expect(decodeMonths('2026-12', entries).map((m) => m.month)).toEqual([
      '2026-12',
      ...Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 12 }, (_, i) => `2028-${String(i + 1).padStart(2, '0')}`),
      '2029-01',
    ]);
  });
});
