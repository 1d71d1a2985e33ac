import { USER_LANGUAGES, type UserLanguage } from '../users/user.entity.js';

/** The languages the funder report's PDF is written in: the console's. */
export const REPORT_LANGUAGES = USER_LANGUAGES;
export type ReportLanguage = UserLanguage;

/** The words of the funder report's PDF, per language. */
export interface ReportTexts {
  /** BCP 47 locale for numbers and the document's language. */
  locale: string;
  title: string;
  period: (from: string, to: string, asOf: string) => string;
  participants: string;
  mentors: string;
  mentees: string;
  total: string;
  byGender: string;
  genders: Record<string, string>;
  byAge: string;
  ages: Record<string, string>;
  byCategory: string;
  categories: Record<string, string>;
  byMunicipality: string;
  activity: string;
  pairsStarted: string;
  pairsCompleted: string;
  pairsEnded: string;
  meetings: string;
  hours: string;
  gatherings: string;
  gatheringKinds: Record<string, string>;
  attended: (attended: string, invited: string) => string;
  surveys: string;
  surveyKinds: Record<string, string>;
  progress: string;
  usefulness: string;
  answered: string;
  employment: string;
  employmentChart: string;
  when: Record<string, string>;
  inWork: string;
  ofAnswered: string;
  ageChart: string;
  helped: string;
  helpedAnswers: Record<string, string>;
  footer: string;
}

export const REPORT_TEXTS: Record<ReportLanguage, ReportTexts> = {
  nb: {
    locale: 'nb-NO',
    title: 'Rapport til tilskuddsgiver',
    period: (from, to, asOf) => `Programperiode ${from}–${to}. Tall per ${asOf}.`,
    participants: 'Deltakere',
    mentors: 'Mentorer',
    mentees: 'Mentees',
    total: 'Totalt',
    byGender: 'Kjønn',
    genders: { female: 'Kvinne', male: 'Mann', other: 'Annet', unspecified: 'Ikke oppgitt' },
    byAge: 'Alder (ved programstart)',
    ages: {
      under_25: 'Under 25',
      '25_34': '25–34',
      '35_44': '35–44',
      '45_54': '45–54',
      '55_plus': '55 og eldre',
      unknown: 'Ukjent',
    },
    byCategory: 'Mentees etter oppholdsgrunnlag',
    categories: {
      refugee: 'Flyktning',
      family: 'Familieinnvandrer',
      labour_eea: 'Arbeidsinnvandrer, EØS',
      labour_non_eea: 'Arbeidsinnvandrer, utenfor EØS',
      labour_spouse: 'Ektefelle/partner av arbeidsinnvandrer',
      other: 'Annet',
      unspecified: 'Ikke oppgitt',
    },
    byMunicipality: 'Bostedskommune',
    activity: 'Aktivitet',
    pairsStarted: 'Par startet',
    pairsCompleted: 'Par fullført',
    pairsEnded: 'Par avsluttet tidlig',
    meetings: 'Møter registrert',
    hours: 'Timer i møter',
    gatherings: 'Oppmøte på samlinger',
    gatheringKinds: { kickoff: 'Oppstart', midway: 'Midtveis', closing: 'Avslutning', other: 'Samling' },
    attended: (attended, invited) => `${attended} av ${invited}`,
    surveys: 'Spørreundersøkelser (snitt 1–5)',
    surveyKinds: { midway_survey: 'Midtveis', closing_survey: 'Avslutning', followup_survey: 'Oppfølging' },
    progress: 'Framgang mot mål',
    usefulness: 'Nytte av møtene',
    answered: 'Svar',
    employment: 'Mentees i arbeid eller utdanning',
    employmentChart: 'Andel i arbeid eller utdanning',
    when: {
      start: 'Ved start',
      end: 'Ved slutt',
      '3_months': 'Etter 3 måneder',
      '6_months': 'Etter 6 måneder',
      '12_months': 'Etter 12 måneder',
    },
    inWork: 'I arbeid/utdanning',
    ofAnswered: 'Med svar',
    ageChart: 'Deltakere etter alder',
    helped: 'Sier programmet hjalp dem inn i arbeid eller utdanning',
    helpedAnswers: { yes: 'Ja', partly: 'Delvis', no: 'Nei' },
    footer: 'mentornett – tallene er regnet ut fra dataene slik de var da rapporten ble laget.',
  },
  nn: {
    locale: 'nn-NO',
    title: 'Rapport til tilskotsgjevar',
    period: (from, to, asOf) => `Programperiode ${from}–${to}. Tal per ${asOf}.`,
    participants: 'Deltakarar',
    mentors: 'Mentorar',
    mentees: 'Mentees',
    total: 'Totalt',
    byGender: 'Kjønn',
    genders: { female: 'Kvinne', male: 'Mann', other: 'Anna', unspecified: 'Ikkje oppgitt' },
    byAge: 'Alder (ved programstart)',
    ages: {
      under_25: 'Under 25',
      '25_34': '25–34',
      '35_44': '35–44',
      '45_54': '45–54',
      '55_plus': '55 og eldre',
      unknown: 'Ukjend',
    },
    byCategory: 'Mentees etter opphaldsgrunnlag',
    categories: {
      refugee: 'Flyktning',
      family: 'Familieinnvandrar',
      labour_eea: 'Arbeidsinnvandrar, EØS',
      labour_non_eea: 'Arbeidsinnvandrar, utanfor EØS',
      labour_spouse: 'Ektefelle/partnar av arbeidsinnvandrar',
      other: 'Anna',
      unspecified: 'Ikkje oppgitt',
    },
    byMunicipality: 'Bustadkommune',
    activity: 'Aktivitet',
    pairsStarted: 'Par starta',
    pairsCompleted: 'Par fullførte',
    pairsEnded: 'Par avslutta tidleg',
    meetings: 'Møte registrerte',
    hours: 'Timar i møte',
    gatherings: 'Oppmøte på samlingar',
    gatheringKinds: { kickoff: 'Oppstart', midway: 'Midtvegs', closing: 'Avslutning', other: 'Samling' },
    attended: (attended, invited) => `${attended} av ${invited}`,
    surveys: 'Spørjeundersøkingar (snitt 1–5)',
    surveyKinds: { midway_survey: 'Midtvegs', closing_survey: 'Avslutning', followup_survey: 'Oppfølging' },
    progress: 'Framgang mot mål',
    usefulness: 'Nytte av møta',
    answered: 'Svar',
    employment: 'Mentees i arbeid eller utdanning',
    employmentChart: 'Del i arbeid eller utdanning',
    when: {
      start: 'Ved start',
      end: 'Ved slutt',
      '3_months': 'Etter 3 månader',
      '6_months': 'Etter 6 månader',
      '12_months': 'Etter 12 månader',
    },
    inWork: 'I arbeid/utdanning',
    ofAnswered: 'Med svar',
    ageChart: 'Deltakarar etter alder',
    helped: 'Seier programmet hjelpte dei inn i arbeid eller utdanning',
    helpedAnswers: { yes: 'Ja', partly: 'Delvis', no: 'Nei' },
    footer: 'mentornett – tala er rekna ut frå dataa slik dei var då rapporten vart laga.',
  },
  en: {
    locale: 'en-GB',
    title: 'Report to the funder',
    period: (from, to, asOf) => `Programme period ${from} to ${to}. Figures as of ${asOf}.`,
    participants: 'Participants',
    mentors: 'Mentors',
    mentees: 'Mentees',
    total: 'Total',
    byGender: 'Gender',
    genders: { female: 'Woman', male: 'Man', other: 'Other', unspecified: 'Not given' },
    byAge: 'Age (at the programme’s start)',
    ages: {
      under_25: 'Under 25',
      '25_34': '25–34',
      '35_44': '35–44',
      '45_54': '45–54',
      '55_plus': '55 and over',
      unknown: 'Unknown',
    },
    byCategory: 'Mentees by basis of residence',
    categories: {
      refugee: 'Refugee',
      family: 'Family immigrant',
      labour_eea: 'Labour immigrant, EEA',
      labour_non_eea: 'Labour immigrant, outside the EEA',
      labour_spouse: 'Spouse/partner of a labour immigrant',
      other: 'Other',
      unspecified: 'Not given',
    },
    byMunicipality: 'Municipality of residence',
    activity: 'Activity',
    pairsStarted: 'Pairs started',
    pairsCompleted: 'Pairs completed',
    pairsEnded: 'Pairs ended early',
    meetings: 'Meetings logged',
    hours: 'Hours of meetings',
    gatherings: 'Attendance at gatherings',
    gatheringKinds: { kickoff: 'Kickoff', midway: 'Midway', closing: 'Closing', other: 'Gathering' },
    attended: (attended, invited) => `${attended} of ${invited}`,
    surveys: 'Surveys (mean 1–5)',
    surveyKinds: { midway_survey: 'Midway', closing_survey: 'Closing', followup_survey: 'Follow-up' },
    progress: 'Progress towards goals',
    usefulness: 'Usefulness of the meetings',
    answered: 'Answers',
    employment: 'Mentees in work or education',
    employmentChart: 'Share in work or education',
    when: {
      start: 'At the start',
      end: 'At the end',
      '3_months': 'After 3 months',
      '6_months': 'After 6 months',
      '12_months': 'After 12 months',
    },
    inWork: 'In work/education',
    ofAnswered: 'Answered',
    ageChart: 'Participants by age',
    helped: 'Say the programme helped them into work or education',
    helpedAnswers: { yes: 'Yes', partly: 'Partly', no: 'No' },
    footer: 'mentornett – the figures are worked out from the data as it stood when the report was made.',
  },
};
