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

/** The months of GET /programmes/:id/pairs as the API gives them: arrays, the n-th from `first`. */
export interface ListedMonths {
  first: string | null;
  marks: string[];
  requiredMeetings: number[];
  qualifyingMeetings: number[];
  meetings: number[];
  exempt: boolean[];
  pausedDays: number[];
}

/** A pair's listed months one object each, labelled from the first on. */
export function eachMonth(months: ListedMonths): ListedMonth[] {
  const lengths = new Set(
    [
      months.marks,
      months.requiredMeetings,
      months.qualifyingMeetings,
      months.meetings,
      months.exempt,
      months.pausedDays,
    ].map((a) => a.length),
  );
  if (lengths.size !== 1) throw new Error(`The month arrays differ in length: ${[...lengths].join(', ')}`);
  if (months.first === null) {
    if (months.marks.length > 0) throw new Error('Months listed without a first month');
    return [];
  }
  const start = Number(months.first.slice(0, 4)) * 12 + Number(months.first.slice(5, 7)) - 1;
  return months.marks.map((mark, i) => {
    const index = start + i;
    return {
      month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
      requiredMeetings: months.requiredMeetings[i],
      qualifyingMeetings: months.qualifyingMeetings[i],
      meetings: months.meetings[i],
      mark,
      exempt: months.exempt[i],
      pausedDays: months.pausedDays[i],
    };
  });
}
