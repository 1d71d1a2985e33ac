/** A month of a pair in the pairs list, one object each, as the tests compare them. */
export interface ListedMonth {
  month: string;
  requiredMeetings: number;
  qualifyingMeetings: number;
  meetings: number;
  mark: string;
  exempt: boolean;
  pausedDays: number;
}

/** The months of GET /programmes/:id/pairs as the API gives them: a letter and array entries a month, the n-th from `first`. */
export interface ListedMonths {
  first: string | null;
  /** m met, x missed, r running, n not required, h not required as an exempt month */
  marks: string;
  requiredMeetings: number[];
  qualifyingMeetings: number[];
  meetings: number[];
  /** Left out for a pair without pauses. */
  pausedDays?: number[];
}

/** The mark and whether the month is exempt, by its letter. */
const LETTERS: Record<string, { mark: string; exempt: boolean }> = {
  m: { mark: 'met', exempt: false },
  x: { mark: 'missed', exempt: false },
  r: { mark: 'running', exempt: false },
  n: { mark: 'not_required', exempt: false },
  h: { mark: 'not_required', exempt: true },
};

/** The mark of each month by name ('met', …), from the letters. */
export function markNames(months: ListedMonths): string[] {
  return [...months.marks].map((letter) => {
    const decoded = LETTERS[letter];
    if (!decoded) throw new Error(`Not a mark letter: ${JSON.stringify(letter)}`);
    return decoded.mark;
  });
}

/** A pair's listed months one object each, labelled from the first on. */
export function eachMonth(months: ListedMonths): ListedMonth[] {
  const letters = [...months.marks];
  const lengths = new Set(
    [letters, months.requiredMeetings, months.qualifyingMeetings, months.meetings, months.pausedDays ?? letters].map(
      (a) => a.length,
    ),
  );
  if (lengths.size !== 1) throw new Error(`The months differ in length: ${[...lengths].join(', ')}`);
  if (months.first === null) {
    if (letters.length > 0) throw new Error('Months listed without a first month');
    return [];
  }
  const start = Number(months.first.slice(0, 4)) * 12 + Number(months.first.slice(5, 7)) - 1;
  const marks = markNames(months);
  return letters.map((letter, i) => {
    const index = start + i;
    return {
      month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
      requiredMeetings: months.requiredMeetings[i],
      qualifyingMeetings: months.qualifyingMeetings[i],
      meetings: months.meetings[i],
      mark: marks[i],
      exempt: LETTERS[letter].exempt,
      pausedDays: months.pausedDays?.[i] ?? 0,
    };
  });
}
