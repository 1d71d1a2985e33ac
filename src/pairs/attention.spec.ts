import { attentionRank, byAttention, needsAttention, type AttentionFlags } from './attention.js';

const flags = (missedLastMonth: boolean, missedTwoMonths: boolean, noMeetingFor30Days: boolean): AttentionFlags => ({
  missedLastMonth,
  missedTwoMonths,
  noMeetingFor30Days,
});
const NONE = flags(false, false, false);
const pair = (id: string, name: string, attention: AttentionFlags = NONE) => ({ id, mentee: { name }, attention });

describe('needs attention', () => {
  it('is any flag', () => {
    expect(needsAttention(NONE)).toBe(false);
    expect(needsAttention(flags(true, false, false))).toBe(true);
    expect(needsAttention(flags(false, true, false))).toBe(true);
    expect(needsAttention(flags(false, false, true))).toBe(true);
  });

  it('ranks two months missed, then last month missed, then silent, then the rest, whatever else holds', () => {
    expect(attentionRank(flags(true, true, true))).toBe(0);
    expect(attentionRank(flags(true, true, false))).toBe(0);
    expect(attentionRank(flags(true, false, true))).toBe(1);
    expect(attentionRank(flags(false, false, true))).toBe(2);
    expect(attentionRank(NONE)).toBe(3);
  });
});

describe('byAttention', () => {
  it('puts the pairs that need attention first, by rank, each rank by mentee name', () => {
    const ordered = byAttention([
      pair('1', 'Zara', NONE),
      pair('2', 'Yusuf', flags(false, false, true)),
      pair('3', 'Xenia', flags(true, false, false)),
      pair('4', 'Wenche', flags(true, true, false)),
      pair('5', 'Anna', flags(false, false, true)),
    ]);
    expect(ordered.map((p) => p.mentee.name)).toEqual(['Wenche', 'Xenia', 'Anna', 'Yusuf', 'Zara']);
  });

  it('orders names as Norwegian does: … z, æ, ø, å, lower and upper case together, accents second', () => {
    const names = ['Åse', 'Øystein', 'Ærlig', 'Zara', 'bjørn', 'Anders', 'Émile', 'Eva'];
    const ordered = byAttention(names.map((name, i) => pair(String(i), name)));
    expect(ordered.map((p) => p.mentee.name)).toEqual([
      'Anders',
      'bjørn',
      'Émile',
      'Eva',
      'Zara',
      'Ærlig',
      'Øystein',
      'Åse',
    ]);
  });

  it('breaks a tie of name by id, and leaves its input as it was', () => {
    const input = [pair('b', 'Kari'), pair('a', 'Kari')];
    expect(byAttention(input).map((p) => p.id)).toEqual(['a', 'b']);
    expect(input.map((p) => p.id)).toEqual(['b', 'a']);
  });
});
