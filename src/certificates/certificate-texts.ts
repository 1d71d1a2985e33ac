/** The languages a certificate is written in. */
export const CERTIFICATE_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/** The words of a certificate and of its public verification page, per language. */
export interface CertificateTexts {
  /** BCP 47 locale for dates and numbers. */
  locale: string;
  title: string;
  subtitle: string;
  completed: (programme: string) => string;
  inMunicipalities: (names: string) => string;
  period: string;
  meetings: string;
  hours: string;
  gatherings: string;
  issued: string;
  verify: (url: string) => string;
  code: string;
  footer: string;
}

export const CERTIFICATE_TEXTS: Record<CertificateLanguage, CertificateTexts> = {
  nb: {
    locale: 'nb-NO',
    title: 'Kursbevis',
    subtitle: 'Mentorprogram for nye innbyggere',
    completed: (programme) => `har fullført mentorprogrammet «${programme}»`,
    inMunicipalities: (names) => `i ${names}`,
    period: 'Periode',
    meetings: 'Møter med mentor',
    hours: 'Timer i møter',
    gatherings: 'Samlinger med oppmøte',
    issued: 'Utstedt',
    verify: (url) => `Ektheten kan kontrolleres på ${url}`,
    code: 'Kontrollkode',
    footer: 'Mentorprogrammet setter nye innbyggere sammen med en yrkesaktiv mentor i kommunen.',
  },
  nn: {
    locale: 'nn-NO',
    title: 'Kursbevis',
    subtitle: 'Mentorprogram for nye innbyggjarar',
    completed: (programme) => `har fullført mentorprogrammet «${programme}»`,
    inMunicipalities: (names) => `i ${names}`,
    period: 'Periode',
    meetings: 'Møte med mentor',
    hours: 'Timar i møte',
    gatherings: 'Samlingar med oppmøte',
    issued: 'Utferda',
    verify: (url) => `Ektheita kan kontrollerast på ${url}`,
    code: 'Kontrollkode',
    footer: 'Mentorprogrammet set nye innbyggjarar saman med ein yrkesaktiv mentor i kommunen.',
  },
  en: {
    locale: 'en-GB',
    title: 'Certificate of completion',
    subtitle: 'Mentor programme for newcomers',
    completed: (programme) => `has completed the mentor programme “${programme}”`,
    inMunicipalities: (names) => `in ${names}`,
    period: 'Period',
    meetings: 'Meetings with a mentor',
    hours: 'Hours of meetings',
    gatherings: 'Gatherings attended',
    issued: 'Issued',
    verify: (url) => `Its authenticity can be checked at ${url}`,
    code: 'Verification code',
    footer: 'The mentor programme pairs newcomers with a working mentor in the municipality.',
  },
};

/** The certificate's language for a person's preferred one: their own where there is one, else bokmål. */
export function certificateLanguage(preferred: string | null | undefined): CertificateLanguage {
  return (CERTIFICATE_LANGUAGES as readonly string[]).includes(preferred ?? '')
    ? (preferred as CertificateLanguage)
    : 'nb';
}

/** "18. januar 2027" / "18 January 2027" of an ISO date, read as that calendar day. */
export function writtenDate(day: string, texts: CertificateTexts): string {
  return new Intl.DateTimeFormat(texts.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "Bø, Hadsel og Sortland" / "Bø, Hadsel and Sortland". */
export function writtenList(names: readonly string[], texts: CertificateTexts): string {
  return new Intl.ListFormat(texts.locale, { type: 'conjunction' }).format(names);
}
