import { LOCALES, type Language } from './languages.js';

/**
 * Dates, numbers and percentages in the reader's language. A day (`2027-03-15`) is a calendar
 * day and is formatted without a time zone shift; an instant is shown in the programme's zone.
 */
export interface Formatters {
  day(iso: string): string;
  dayShort(iso: string): string;
  month(yyyyMm: string): string;
  monthShort(yyyyMm: string): string;
  /** A calendar month's name, 1–12 («juli»). */
  monthName(month: number): string;
  dateTime(iso: string, timeZone?: string): string;
  time(iso: string, timeZone?: string): string;
  number(value: number, fractionDigits?: number): string;
  percent(rate: number | null | undefined): string;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** A calendar day as noon UTC, so no zone moves it to the day before or after. */
function calendarDay(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`);
}

export function formatters(language: Language): Formatters {
  const locale = LOCALES[language];
  return {
    day: (iso) =>
      dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(calendarDay(iso)),
    dayShort: (iso) => dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(calendarDay(iso)),
    month: (yyyyMm) =>
      dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(calendarDay(`${yyyyMm}-15`)),
    monthShort: (yyyyMm) =>
      dateFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(calendarDay(`${yyyyMm}-15`)),
    monthName: (month) =>
      dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
        calendarDay(`2027-${month < 10 ? '0' : ''}${month}-15`),
      ),
    dateTime: (iso, timeZone = 'Europe/Oslo') =>
      dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso)),
    time: (iso, timeZone = 'Europe/Oslo') =>
      dateFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso)),
    number: (value, fractionDigits = 0) =>
      numberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(
        value,
      ),
    percent: (rate) =>
      rate === null || rate === undefined
        ? '–'
        : numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate),
  };
}
