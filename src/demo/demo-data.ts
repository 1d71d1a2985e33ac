import { DateTime } from 'luxon';
import type {
  EmploymentStatus,
  Gender,
  LanguageLevel,
  LanguageSkill,
  MenteeCategory,
  ParticipantRole,
} from '../participants/participant-fields.js';

/*
 * The demo's two programmes: synthetic people only. One began about four months before the day
 * the demo starts and is followed month by month (its pairs, meetings and gatherings are played
 * through by demo-seed.ts); the other starts next January and is being matched. Who is where,
 * with which profession and residence basis, is written out below so each cohort reads like a
 * real one; names and language levels are drawn from a seeded generator, so every run produces
 * exactly the same people. Only the dates follow the calendar.
 */

export const DEMO_SEED = 2027;

/** The time zone of both demo programmes. */
export const DEMO_TIMEZONE = 'Europe/Oslo';

/** Kommunenummer and name of the six Vesterålen municipalities of the demo. */
export const VESTERALEN = [
  { code: '1851', name: 'Lødingen' },
  { code: '1866', name: 'Hadsel' },
  { code: '1867', name: 'Bø' },
  { code: '1868', name: 'Øksnes' },
  { code: '1870', name: 'Sortland' },
  { code: '1871', name: 'Andøy' },
] as const;

export type DemoMunicipalityCode = (typeof VESTERALEN)[number]['code'];

export interface DemoProgramme {
  name: string;
  startDate: string;
  timezone: string;
  municipalityCodes: DemoMunicipalityCode[];
  /** Rules given at creation; the rest are the defaults. */
  rules?: { exemptMonths: number[] };
}

export interface DemoUser {
  role: 'admin' | 'lead' | 'coordinator';
  /** What the user is, for the printed list of logins. */
  label: string;
  name: string;
  email: string;
  /** A demo password, printed by the demo; never use it anywhere else. */
  password: string;
  municipalityCodes?: DemoMunicipalityCode[];
}

/** A participant as POST /programmes/:id/participants takes it. */
export interface DemoParticipant {
  role: ParticipantRole;
  name: string;
  email: string;
  municipalityCode: DemoMunicipalityCode;
  preferredLanguage: string;
  languages: LanguageSkill[];
  professionCode: string;
  desiredProfessionCode?: string;
  capacity?: number;
  category?: MenteeCategory;
  gender: Gender;
  wantsSameGender?: boolean;
  employmentStatusAtStart?: EmploymentStatus;
}

export interface DemoCohort {
  programme: DemoProgramme;
  participants: DemoParticipant[];
  /** What the lead writes into the three gatherings the programme comes with. */
  gatherings: { kickoff: DemoGathering; midway: DemoGathering; closing: DemoGathering };
}

/** A gathering as the lead writes it into the programme; `day` only when it is not the standard day. */
export interface DemoGathering {
  title: string;
  location: string;
  /** YYYY-MM-DD and local HH:mm, when the lead moved it from the planned day and time. */
  day?: string;
  time?: string;
}

/** Someone who joined the running programme after it began. */
export interface LateJoiner {
  participant: DemoParticipant;
  /** The day the coordinator registered them, YYYY-MM-DD. */
  registeredOn: string;
}

/** The programme under way: begun about four months before `today`. */
export interface RunningCohort extends DemoCohort {
  late: LateJoiner[];
}

export interface DemoData {
  /** The day the demo starts, in Europe/Oslo: every date of the running programme follows from it. */
  today: string;
  /** The first admin (from ADMIN_EMAIL/ADMIN_PASSWORD), then the accounts the demo creates. */
  admin: DemoUser;
  users: DemoUser[];
  /** Began about four months ago: pairs, meetings, a gathering held, emails sent. */
  running: RunningCohort;
  /** Starts next January: registered, matched, half the proposals approved. */
  upcoming: DemoCohort;
}

const LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

/** A surname as one form, or as the male and the female form (Polish, Lithuanian, Russian). */
type Surname = string | readonly [male: string, female: string];

interface Origin {
  native: string;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly Surname[];
  /** Levels to draw from; a level written twice is twice as likely. */
  nb: readonly LanguageLevel[];
  en: readonly LanguageLevel[];
  /** Further languages common in the group: drawn with the given probability. */
  extra?: readonly { code: string; levels: readonly LanguageLevel[]; share: number }[];
}

const ORIGINS = {
  syria: {
    native: 'ar',
    female: ['Amina', 'Rania', 'Lina', 'Hiba', 'Nour', 'Yara'],
    male: ['Omar', 'Khaled', 'Ahmad', 'Mahmoud', 'Yusuf', 'Samer'],
    surnames: ['Haddad', 'Al-Hassan', 'Khalil', 'Darwish', 'Mansour', 'Nasser', 'Hamdan'],
    nb: ['A1', 'A2', 'A2', 'B1', 'B1'],
    en: ['A1', 'A2', 'B1', 'B1', 'B2'],
  },
  eritrea: {
    native: 'ti',
    female: ['Helen', 'Selam', 'Mebrat', 'Saba', 'Rahel', 'Winta'],
    male: ['Yonas', 'Dawit', 'Tesfay', 'Filmon', 'Habtom', 'Samuel'],
    surnames: ['Tesfamariam', 'Ghebremedhin', 'Haile', 'Berhane', 'Kidane', 'Woldu', 'Mehari'],
    nb: ['A1', 'A2', 'A2', 'B1'],
    en: ['A1', 'A2', 'A2', 'B1'],
    extra: [
      { code: 'am', levels: ['B1', 'B2'], share: 0.5 },
      { code: 'ar', levels: ['A2', 'B1'], share: 0.25 },
    ],
  },
  ukraine: {
    native: 'uk',
    female: ['Olena', 'Iryna', 'Kateryna', 'Oksana', 'Tetiana', 'Nataliia', 'Yuliia'],
    male: ['Andrii', 'Oleksandr', 'Dmytro', 'Serhii', 'Mykola'],
    surnames: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Boiko', 'Polishchuk'],
    nb: ['A1', 'A2', 'A2', 'B1'],
    en: ['A2', 'B1', 'B1', 'B2'],
    extra: [{ code: 'ru', levels: ['C1', 'C2', 'native'], share: 0.9 }],
  },
  somalia: {
    native: 'so',
    female: ['Faadumo', 'Hodan', 'Ifrah', 'Sahra', 'Ayaan'],
    male: ['Abdirahman', 'Mohamed', 'Abdullahi', 'Hassan'],
    surnames: ['Warsame', 'Abdi', 'Farah', 'Jama', 'Osman', 'Ali'],
    nb: ['A2', 'B1', 'B1'],
    en: ['A1', 'A2', 'B1'],
    extra: [{ code: 'ar', levels: ['A2', 'B1'], share: 0.5 }],
  },
  afghanistan: {
    native: 'fa',
    female: ['Mariam', 'Zahra', 'Fatima', 'Parwana', 'Nargis'],
    male: ['Mustafa', 'Jawad', 'Farid', 'Habib', 'Ahmad'],
    surnames: ['Ahmadi', 'Rahimi', 'Hashimi', 'Karimi', 'Sultani', 'Noori'],
    nb: ['A1', 'A2', 'A2', 'B1'],
    en: ['A1', 'A1', 'A2', 'B1'],
    extra: [{ code: 'ps', levels: ['A2', 'B1', 'B2'], share: 0.3 }],
  },
  poland: {
    native: 'pl',
    female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna'],
    male: ['Piotr', 'Tomasz', 'Krzysztof', 'Marcin', 'Paweł'],
    surnames: [
      'Nowak',
      ['Kowalski', 'Kowalska'],
      ['Wiśniewski', 'Wiśniewska'],
      'Wójcik',
      ['Kamiński', 'Kamińska'],
      ['Zieliński', 'Zielińska'],
    ],
    nb: ['A1', 'A2', 'B1', 'B1'],
    en: ['A2', 'B1', 'B1', 'B2'],
  },
  lithuania: {
    native: 'lt',
    female: ['Rasa', 'Jurgita', 'Inga', 'Laura'],
    male: ['Tomas', 'Mantas', 'Darius', 'Andrius'],
    surnames: [
      ['Kazlauskas', 'Kazlauskienė'],
      ['Petrauskas', 'Petrauskienė'],
      ['Jankauskas', 'Jankauskienė'],
      ['Stankevičius', 'Stankevičienė'],
    ],
    nb: ['A2', 'B1'],
    en: ['A2', 'B1', 'B2'],
    extra: [{ code: 'ru', levels: ['B1', 'B2'], share: 0.7 }],
  },
  philippines: {
    native: 'tl',
    female: ['Rowena', 'Jocelyn', 'Maricel', 'Analyn', 'Maria Cristina'],
    male: ['Jomar', 'Rodel', 'Rey', 'Mark Anthony'],
    surnames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Mendoza', 'Villanueva', 'Dela Cruz'],
    nb: ['A2', 'B1', 'B1', 'B2'],
    en: ['B2', 'C1', 'C1'],
  },
  thailand: {
    native: 'th',
    female: ['Siriporn', 'Malee', 'Kanya', 'Nittaya', 'Pornthip'],
    male: ['Somchai', 'Anan'],
    surnames: ['Srisuk', 'Chaiyaporn', 'Wongsawat', 'Boonmee', 'Saetang'],
    nb: ['A2', 'B1', 'B1'],
    en: ['A1', 'A2', 'B1'],
  },
  spain: {
    native: 'es',
    female: ['Lucía', 'Carmen', 'Laura'],
    male: ['Javier', 'Pablo', 'Alejandro'],
    surnames: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez'],
    nb: ['A2', 'B1'],
    en: ['B1', 'B2'],
  },
  russia: {
    native: 'ru',
    female: ['Anna', 'Elena', 'Svetlana', 'Natalia'],
    male: ['Sergei', 'Alexei'],
    surnames: [
      ['Ivanov', 'Ivanova'],
      ['Smirnov', 'Smirnova'],
      ['Popov', 'Popova'],
      ['Kuznetsov', 'Kuznetsova'],
    ],
    nb: ['B1', 'B2'],
    en: ['A2', 'B1'],
  },
  britain: {
    native: 'en',
    female: ['Emma', 'Sarah'],
    male: ['James', 'Daniel'],
    surnames: ['Thompson', 'Walker', 'Hughes', 'Wright'],
    nb: ['A1', 'A2'],
    en: ['native'],
  },
} as const satisfies Record<string, Origin>;

type OriginKey = keyof typeof ORIGINS;

interface MenteePlan {
  at: DemoMunicipalityCode;
  from: OriginKey;
  category: MenteeCategory;
  gender: Gender;
  /** ISCO-08 unit group of the profession they had. */
  was: string;
  /** ISCO-08 unit group they aim for, when it differs. */
  aims?: string;
  status: EmploymentStatus;
  sameGender?: true;
}

function mentee(
  at: DemoMunicipalityCode,
  from: OriginKey,
  category: MenteeCategory,
  gender: Gender,
  was: string,
  status: EmploymentStatus,
  more: { aims?: string; sameGender?: true } = {},
): MenteePlan {
  return { at, from, category, gender, was, status, ...more };
}

/*
 * 34 mentees, spread over the municipalities roughly as their populations (Sortland 11,
 * Hadsel 9, Øksnes 5, Andøy 4, Bø 3, Lødingen 2), every residence basis represented: half are
 * refugees (many from Ukraine), the rest family migrants, EEA and non-EEA labour migrants and
 * their spouses. Fish processing and aquaculture in Øksnes and Andøy, the hospital in Stokmarknes.
 */
const MENTEES: readonly MenteePlan[] = [
  // Sortland
  mentee('1870', 'ukraine', 'refugee', 'female', '2411', 'introduction_programme'),
  mentee('1870', 'ukraine', 'refugee', 'female', '2221', 'part_time'),
  mentee('1870', 'syria', 'refugee', 'male', '2142', 'introduction_programme', { aims: '3112' }),
  mentee('1870', 'syria', 'refugee', 'female', '2341', 'introduction_programme', { aims: '5312', sameGender: true }),
  mentee('1870', 'eritrea', 'refugee', 'male', '9313', 'introduction_programme', { aims: '7115' }),
  mentee('1870', 'philippines', 'labour_non_eea', 'female', '2221', 'full_time'),
  mentee('1870', 'poland', 'labour_eea', 'male', '7212', 'full_time'),
  mentee('1870', 'thailand', 'family', 'female', '5120', 'part_time'),
  mentee('1870', 'somalia', 'family', 'female', '5311', 'education', { aims: '2342', sameGender: true }),
  mentee('1870', 'britain', 'labour_spouse', 'female', '2431', 'unemployed'),
  mentee('1870', 'afghanistan', 'refugee', 'male', '7411', 'introduction_programme'),
  // Hadsel
  mentee('1866', 'philippines', 'labour_non_eea', 'female', '2221', 'full_time'),
  mentee('1866', 'ukraine', 'refugee', 'male', '2512', 'unemployed'),
  mentee('1866', 'syria', 'refugee', 'male', '2262', 'introduction_programme'),
  mentee('1866', 'eritrea', 'refugee', 'female', '9211', 'introduction_programme', { aims: '5321' }),
  mentee('1866', 'afghanistan', 'refugee', 'female', '2341', 'introduction_programme', {
    aims: '5311',
    sameGender: true,
  }),
  mentee('1866', 'lithuania', 'labour_eea', 'male', '8332', 'full_time'),
  mentee('1866', 'spain', 'other', 'female', '2131', 'part_time'),
  mentee('1866', 'russia', 'family', 'female', '2411', 'unemployed', { aims: '4311' }),
  mentee('1866', 'somalia', 'refugee', 'male', '8322', 'introduction_programme', { aims: '8331' }),
  // Andøy
  mentee('1871', 'ukraine', 'refugee', 'female', '2342', 'introduction_programme'),
  mentee('1871', 'poland', 'labour_eea', 'male', '7511', 'full_time'),
  mentee('1871', 'philippines', 'family', 'female', '5223', 'part_time', { aims: '5321' }),
  mentee('1871', 'eritrea', 'family', 'male', '7231', 'unemployed'),
  // Øksnes
  mentee('1868', 'lithuania', 'labour_eea', 'female', '9216', 'full_time'),
  mentee('1868', 'poland', 'labour_spouse', 'female', '4311', 'unemployed'),
  mentee('1868', 'syria', 'family', 'female', '5141', 'part_time'),
  mentee('1868', 'thailand', 'family', 'female', '9112', 'part_time', { aims: '5120' }),
  mentee('1868', 'spain', 'labour_eea', 'male', '5120', 'full_time'),
  // Bø
  mentee('1867', 'ukraine', 'refugee', 'male', '7233', 'introduction_programme'),
  mentee('1867', 'afghanistan', 'refugee', 'male', '5120', 'introduction_programme'),
  mentee('1867', 'somalia', 'refugee', 'female', '5223', 'introduction_programme', { aims: '5321' }),
  // Lødingen
  mentee('1851', 'syria', 'refugee', 'male', '7115', 'introduction_programme'),
  mentee('1851', 'eritrea', 'refugee', 'female', '9111', 'introduction_programme', { aims: '5321' }),
];

interface MentorPlan {
  at: DemoMunicipalityCode;
  gender: Gender;
  profession: string;
  capacity?: 2;
  /** A language besides Norwegian and English. */
  also?: LanguageSkill;
}

/*
 * 26 local professionals (Sortland 9, Hadsel 6, Andøy 4, Øksnes 3, Bø 2, Lødingen 2); six take
 * two mentees, so there are 32 places for 34 mentees and the matching has to choose.
 */
const MENTORS: readonly MentorPlan[] = [
  // Sortland
  { at: '1870', gender: 'female', profession: '2221', capacity: 2 },
  { at: '1870', gender: 'female', profession: '2341', also: { code: 'sv', level: 'B2' } },
  { at: '1870', gender: 'male', profession: '2411' },
  { at: '1870', gender: 'male', profession: '2512', also: { code: 'de', level: 'B1' } },
  { at: '1870', gender: 'male', profession: '7212', capacity: 2 },
  { at: '1870', gender: 'female', profession: '1420' },
  { at: '1870', gender: 'female', profession: '2635', also: { code: 'es', level: 'B1' } },
  { at: '1870', gender: 'male', profession: '7411' },
  { at: '1870', gender: 'female', profession: '5321', capacity: 2 },
  // Hadsel: the hospital and Hurtigruten's home port in Stokmarknes
  { at: '1866', gender: 'male', profession: '2211', also: { code: 'de', level: 'B2' } },
  { at: '1866', gender: 'female', profession: '2221', also: { code: 'sv', level: 'C1' } },
  { at: '1866', gender: 'male', profession: '3152' },
  { at: '1866', gender: 'male', profession: '5120', capacity: 2, also: { code: 'fr', level: 'A2' } },
  { at: '1866', gender: 'female', profession: '2342', also: { code: 'se', level: 'B1' } },
  { at: '1866', gender: 'male', profession: '7231' },
  // Andøy: the space centre, the fishing fleet and the fish plants of Andenes
  { at: '1871', gender: 'male', profession: '2144', also: { code: 'fr', level: 'B1' } },
  { at: '1871', gender: 'male', profession: '6222' },
  { at: '1871', gender: 'female', profession: '7511', capacity: 2, also: { code: 'pl', level: 'A2' } },
  { at: '1871', gender: 'female', profession: '5321' },
  // Øksnes: fish processing and aquaculture in Myre
  { at: '1868', gender: 'female', profession: '1321', capacity: 2, also: { code: 'de', level: 'B1' } },
  { at: '1868', gender: 'male', profession: '2131', also: { code: 'es', level: 'B1' } },
  { at: '1868', gender: 'female', profession: '2341' },
  // Bø
  { at: '1867', gender: 'male', profession: '6121' },
  { at: '1867', gender: 'female', profession: '5321' },
  // Lødingen
  { at: '1851', gender: 'male', profession: '7115' },
  { at: '1851', gender: 'female', profession: '2262' },
];

/*
 * The programme under way, begun about four months before the demo starts: 14 mentors with 16
 * places and 18 mentees at the start, every residence basis among them, so the first proposal run
 * leaves a few mentees waiting. Two mentors and three mentees joined in the autumn (LATE below).
 */
const RUNNING_MENTORS: readonly MentorPlan[] = [
  // Sortland
  { at: '1870', gender: 'female', profession: '2221', capacity: 2 },
  { at: '1870', gender: 'male', profession: '7233' },
  { at: '1870', gender: 'female', profession: '2341', also: { code: 'de', level: 'A2' } },
  { at: '1870', gender: 'male', profession: '3112' },
  { at: '1870', gender: 'female', profession: '4311', also: { code: 'es', level: 'B1' } },
  // Hadsel
  { at: '1866', gender: 'male', profession: '2211' },
  { at: '1866', gender: 'female', profession: '5321', capacity: 2 },
  { at: '1866', gender: 'male', profession: '5120', also: { code: 'fr', level: 'B1' } },
  // Andøy
  { at: '1871', gender: 'male', profession: '6222' },
  { at: '1871', gender: 'female', profession: '7511', also: { code: 'pl', level: 'A2' } },
  // Øksnes
  { at: '1868', gender: 'male', profession: '1321' },
  { at: '1868', gender: 'female', profession: '2342', also: { code: 'es', level: 'B1' } },
  // Bø
  { at: '1867', gender: 'female', profession: '5311' },
  // Lødingen
  { at: '1851', gender: 'male', profession: '7115' },
];

const RUNNING_MENTEES: readonly MenteePlan[] = [
  // Sortland
  mentee('1870', 'ukraine', 'refugee', 'female', '2221', 'introduction_programme'),
  mentee('1870', 'syria', 'refugee', 'male', '7233', 'introduction_programme'),
  mentee('1870', 'philippines', 'labour_non_eea', 'female', '5321', 'full_time', { aims: '2221' }),
  mentee('1870', 'poland', 'labour_eea', 'male', '7115', 'full_time'),
  mentee('1870', 'eritrea', 'refugee', 'female', '9112', 'introduction_programme', { aims: '5311', sameGender: true }),
  mentee('1870', 'thailand', 'family', 'female', '5120', 'part_time'),
  // Hadsel
  mentee('1866', 'syria', 'refugee', 'male', '2211', 'unemployed'),
  mentee('1866', 'somalia', 'family', 'female', '5321', 'education'),
  mentee('1866', 'lithuania', 'labour_eea', 'male', '8322', 'full_time'),
  mentee('1866', 'afghanistan', 'refugee', 'female', '5120', 'introduction_programme', { sameGender: true }),
  mentee('1866', 'russia', 'labour_spouse', 'female', '2341', 'unemployed'),
  // Andøy
  mentee('1871', 'ukraine', 'refugee', 'male', '6222', 'introduction_programme'),
  mentee('1871', 'philippines', 'labour_spouse', 'female', '4311', 'unemployed'),
  // Øksnes
  mentee('1868', 'lithuania', 'labour_eea', 'female', '9216', 'full_time', { aims: '3122' }),
  mentee('1868', 'eritrea', 'refugee', 'male', '7511', 'introduction_programme'),
  mentee('1868', 'spain', 'labour_eea', 'female', '2342', 'part_time'),
  // Bø
  mentee('1867', 'ukraine', 'refugee', 'female', '5311', 'introduction_programme'),
  // Lødingen
  mentee('1851', 'afghanistan', 'refugee', 'male', '7115', 'introduction_programme'),
];

/** Joined in the autumn, this many days before the demo starts. */
const LATE: readonly { daysAgo: number; mentor?: MentorPlan; mentee?: MenteePlan }[] = [
  { daysAgo: 24, mentor: { at: '1870', gender: 'male', profession: '2512', also: { code: 'de', level: 'B1' } } },
  { daysAgo: 16, mentee: mentee('1870', 'ukraine', 'refugee', 'male', '2512', 'introduction_programme') },
  { daysAgo: 12, mentee: mentee('1871', 'somalia', 'refugee', 'male', '8322', 'introduction_programme') },
  { daysAgo: 5, mentee: mentee('1870', 'philippines', 'labour_non_eea', 'male', '7411', 'full_time') },
  { daysAgo: 3, mentor: { at: '1866', gender: 'female', profession: '5120', also: { code: 'fa', level: 'A2' } } },
];

/** The day the running programme began: four months before `today`, moved back off a weekend. */
export function runningStartDate(today: string): string {
  let day = DateTime.fromISO(today, { zone: 'UTC' }).minus({ months: 4 });
  while (day.weekday > 5) day = day.minus({ days: 1 });
  return day.toISODate()!;
}

/** The next programme's first day: the first Thursday from 14 January of the year after `today`. */
export function upcomingStartDate(today: string): string {
  let day = DateTime.fromObject({ year: Number(today.slice(0, 4)) + 1, month: 1, day: 14 }, { zone: 'UTC' });
  while (day.weekday !== 4) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

/** The midway gathering the lead set: a Thursday 8 to 14 days after `today`, so it is coming up. */
export function midwayDay(today: string): string {
  let day = DateTime.fromISO(today, { zone: 'UTC' }).plus({ days: 8 });
  while (day.weekday !== 4) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

function daysBefore(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).minus({ days }).toISODate()!;
}

const NORWEGIAN = {
  female: [
    'Ingrid',
    'Kari',
    'Hilde',
    'Marit',
    'Silje',
    'Ragnhild',
    'Tone',
    'Guro',
    'Sigrid',
    'Solveig',
    'Astrid',
    'Randi',
    'Hanne',
    'Torill',
    'Berit',
    'Ellen',
  ],
  male: [
    'Ole',
    'Lars',
    'Knut',
    'Bjørn',
    'Eirik',
    'Geir',
    'Arne',
    'Håkon',
    'Sindre',
    'Stian',
    'Morten',
    'Trond',
    'Svein',
    'Rune',
    'Terje',
    'Jørgen',
  ],
  surnames: [
    'Johansen',
    'Hansen',
    'Olsen',
    'Pedersen',
    'Nilsen',
    'Karlsen',
    'Andreassen',
    'Jensen',
    'Berg',
    'Hanssen',
    'Eriksen',
    'Kristiansen',
    'Mikalsen',
    'Sørensen',
    'Ellingsen',
    'Jakobsen',
    'Strøm',
    'Hartvigsen',
    'Bakken',
    'Solbakk',
  ],
} as const;

/** mulberry32: a small, fast, seedable generator; good enough for shuffling demo names. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function atLeast(level: LanguageLevel, floor: LanguageLevel): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(floor);
}

/** The local part of an address: "Wiśniewska" → "wisniewska", "Bjørn" → "bjorn", "Dela Cruz" → "dela-cruz". */
export function emailPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Draws names until one is new, so every person has their own firstname.lastname@example.org. */
function nameDrawer(random: () => number, taken: Set<string>) {
  return (first: readonly string[], surnames: readonly Surname[], gender: Gender): { name: string; email: string } => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const given = pick(random, first);
      const surname = pick(random, surnames);
      const family = typeof surname === 'string' ? surname : gender === 'female' ? surname[1] : surname[0];
      const email = `${emailPart(given)}.${emailPart(family)}@example.org`;
      if (taken.has(email)) continue;
      taken.add(email);
      return { name: `${given} ${family}`, email };
    }
    throw new Error('The demo name pools are too small for the cohort');
  };
}

function menteeLanguages(random: () => number, origin: Origin): LanguageSkill[] {
  const languages: LanguageSkill[] = [{ code: origin.native, level: 'native' }];
  for (const extra of origin.extra ?? []) {
    if (random() < extra.share) languages.push({ code: extra.code, level: pick(random, extra.levels) });
  }
  if (origin.native !== 'en') languages.push({ code: 'en', level: pick(random, origin.en) });
  let nb = pick(random, origin.nb);
  const en = languages.find((l) => l.code === 'en')?.level ?? 'A1';
  // Everyone in the programme can hold a simple conversation in Norwegian or English.
  if (!atLeast(nb, 'A2') && !atLeast(en, 'A2')) nb = 'A2';
  languages.push({ code: 'nb', level: nb });
  return languages;
}

/** Emails go out in Norwegian or English once the mentee reads it well enough, else in their own language. */
function menteePreferredLanguage(languages: readonly LanguageSkill[], native: string): string {
  const level = (code: string) => languages.find((l) => l.code === code)?.level ?? 'A1';
  if (atLeast(level('nb'), 'B1')) return 'nb';
  if (atLeast(level('en'), 'B1')) return 'en';
  return native;
}

type NameDrawer = ReturnType<typeof nameDrawer>;

function makeMentor(plan: MentorPlan, drawName: NameDrawer, random: () => number): DemoParticipant {
  const { name, email } = drawName(
    NORWEGIAN[plan.gender === 'female' ? 'female' : 'male'],
    NORWEGIAN.surnames,
    plan.gender,
  );
  const languages: LanguageSkill[] = [
    { code: 'nb', level: 'native' },
    { code: 'en', level: pick(random, ['B2', 'C1', 'C1'] as const) },
  ];
  if (plan.also) languages.push(plan.also);
  return {
    role: 'mentor',
    name,
    email,
    municipalityCode: plan.at,
    preferredLanguage: 'nb',
    languages,
    professionCode: plan.profession,
    capacity: plan.capacity ?? 1,
    gender: plan.gender,
  };
}

function makeMentee(plan: MenteePlan, drawName: NameDrawer, random: () => number): DemoParticipant {
  const origin: Origin = ORIGINS[plan.from];
  const { name, email } = drawName(
    plan.gender === 'female' ? origin.female : origin.male,
    origin.surnames,
    plan.gender,
  );
  const languages = menteeLanguages(random, origin);
  const mentee: DemoParticipant = {
    role: 'mentee',
    name,
    email,
    municipalityCode: plan.at,
    preferredLanguage: menteePreferredLanguage(languages, origin.native),
    languages,
    professionCode: plan.was,
    category: plan.category,
    gender: plan.gender,
    employmentStatusAtStart: plan.status,
  };
  if (plan.aims) mentee.desiredProfessionCode = plan.aims;
  if (plan.sameGender) mentee.wantsSameGender = true;
  return mentee;
}

/**
 * The demo's staff and its two programmes: the one under way (begun about four months before
 * `today`, a YYYY-MM-DD in Europe/Oslo) and the one that starts next January with its 60
 * participants. The same seed gives the same people; the dates follow `today`.
 */
export function demoData(today: string, seed: number = DEMO_SEED): DemoData {
  const random = seededRandom(seed);
  const taken = new Set<string>();
  const drawName = nameDrawer(random, taken);

  const admin: DemoUser = {
    role: 'admin',
    label: 'admin',
    name: 'Administrator',
    email: 'admin@example.org',
    password: 'demo-admin-2027',
  };
  const users: DemoUser[] = [
    {
      role: 'lead',
      label: 'programme lead',
      name: 'Kristin Ellingsen',
      email: 'lead@example.org',
      password: 'demo-lead-2027',
    },
    {
      role: 'coordinator',
      label: 'coordinator Sortland, Andøy',
      name: 'Tore Andreassen',
      email: 'coordinator.sortland@example.org',
      password: 'demo-sortland-2027',
      municipalityCodes: ['1870', '1871'],
    },
    {
      role: 'coordinator',
      label: 'coordinator Hadsel, Bø, Øksnes, Lødingen',
      name: 'Silje Mikalsen',
      email: 'coordinator.hadsel@example.org',
      password: 'demo-hadsel-2027',
      municipalityCodes: ['1866', '1867', '1868', '1851'],
    },
  ];
  for (const user of [admin, ...users]) taken.add(user.email);

  // The upcoming cohort is drawn first, so its people stay those of earlier versions of the demo.
  const mentors = MENTORS.map((plan) => makeMentor(plan, drawName, random));
  const mentees = MENTEES.map((plan) => makeMentee(plan, drawName, random));

  const runningRandom = seededRandom(seed + 1);
  const drawRunning = nameDrawer(runningRandom, taken);
  const runningPeople = [
    ...RUNNING_MENTORS.map((plan) => makeMentor(plan, drawRunning, runningRandom)),
    ...RUNNING_MENTEES.map((plan) => makeMentee(plan, drawRunning, runningRandom)),
  ];
  const late: LateJoiner[] = LATE.map(({ daysAgo, mentor, mentee }) => ({
    participant: mentor
      ? makeMentor(mentor, drawRunning, runningRandom)
      : makeMentee(mentee!, drawRunning, runningRandom),
    registeredOn: daysBefore(today, daysAgo),
  }));

  const runningStart = runningStartDate(today);
  const season = Number(runningStart.slice(5, 7)) >= 7 ? 'høst' : 'vår';
  const upcomingStart = upcomingStartDate(today);

  return {
    today,
    admin,
    users,
    running: {
      programme: {
        name: `Mentorprogram Vesterålen ${season} ${runningStart.slice(0, 4)}`,
        startDate: runningStart,
        timezone: DEMO_TIMEZONE,
        municipalityCodes: VESTERALEN.map((m) => m.code),
        // No summer holiday: the demo's dates follow the calendar, and its escalated pair must have
        // missed the two months before today whichever they are (July included).
        rules: { exemptMonths: [] },
      },
      participants: runningPeople,
      late,
      gatherings: {
        kickoff: { title: 'Oppstartssamling', location: 'Sortland kulturhus' },
        midway: {
          title: 'Midtveissamling',
          location: 'Hurtigruten Hus, Stokmarknes',
          day: midwayDay(today),
          time: '17:30',
        },
        closing: { title: 'Avslutningsseminar', location: 'Sortland kulturhus' },
      },
    },
    upcoming: {
      programme: {
        name: `Mentorprogram Vesterålen ${upcomingStart.slice(0, 4)}`,
        startDate: upcomingStart,
        timezone: DEMO_TIMEZONE,
        municipalityCodes: VESTERALEN.map((m) => m.code),
      },
      participants: [...mentors, ...mentees],
      gatherings: {
        kickoff: { title: 'Oppstartssamling', location: 'Sortland kulturhus' },
        midway: { title: 'Midtveissamling', location: 'Hurtigruten Hus, Stokmarknes' },
        closing: { title: 'Avslutningsseminar', location: 'Sortland kulturhus' },
      },
    },
  };
}

/** A newcomer of the demo's register: months before today they arrived and consented. */
export interface DemoNewcomer {
  municipalityCode: DemoMunicipalityCode;
  name: string;
  preferredLanguage: string;
  languages: LanguageSkill[];
  category: 'refugee' | 'family' | 'labour_eea' | 'labour_non_eea' | 'labour_spouse' | 'other';
  arrivedMonthsAgo: number;
  professionCode?: string;
  desiredProfessionCode?: string;
  education?: { level: string; field?: string; country?: string; recognition: string };
  workYears?: number;
  inIntroductionProgramme?: boolean;
  careerGuidance: 'not_referred' | 'referred' | 'done';
  invitations: boolean;
  mentorProgramme: boolean;
  email?: string;
}

/**
 * The register the project asked for: most of these are not refugees (labour immigrants, their
 * spouses, marriage migrants), whom the refugee office alone never reached.
 */
export const DEMO_NEWCOMERS: readonly DemoNewcomer[] = [
  {
    municipalityCode: '1870',
    name: 'Olena Kovalenko',
    preferredLanguage: 'uk',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'B1' },
      { code: 'nb', level: 'A2' },
    ],
    category: 'labour_spouse',
    arrivedMonthsAgo: 5,
    professionCode: '2221',
    education: { level: 'bachelor', field: 'Sykepleie', country: 'UA', recognition: 'pending' },
    workYears: 7,
    careerGuidance: 'referred',
    invitations: true,
    mentorProgramme: true,
    email: 'olena.kovalenko@example.org',
  },
  {
    municipalityCode: '1870',
    name: 'Marek Nowak',
    preferredLanguage: 'pl',
    languages: [
      { code: 'pl', level: 'native' },
      { code: 'en', level: 'A2' },
    ],
    category: 'labour_eea',
    arrivedMonthsAgo: 9,
    professionCode: '7126',
    education: { level: 'vocational', field: 'Rørlegger', country: 'PL', recognition: 'not_needed' },
    workYears: 12,
    careerGuidance: 'not_referred',
    invitations: true,
    mentorProgramme: true,
    email: 'marek.nowak@example.org',
  },
  {
    municipalityCode: '1870',
    name: 'Siti Rahmawati',
    preferredLanguage: 'id',
    languages: [
      { code: 'id', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
    category: 'family',
    arrivedMonthsAgo: 3,
    desiredProfessionCode: '2342',
    education: { level: 'bachelor', field: 'Lærer', country: 'ID', recognition: 'not_applied' },
    workYears: 4,
    careerGuidance: 'not_referred',
    invitations: true,
    mentorProgramme: false,
  },
  {
    municipalityCode: '1870',
    name: 'Yonas Tesfay',
    preferredLanguage: 'ti',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'nb', level: 'A2' },
    ],
    category: 'refugee',
    arrivedMonthsAgo: 14,
    inIntroductionProgramme: true,
    careerGuidance: 'done',
    invitations: true,
    mentorProgramme: true,
    email: 'yonas.tesfay@example.org',
    professionCode: '9112',
  },
  {
    municipalityCode: '1866',
    name: 'Maria Santos',
    preferredLanguage: 'pt',
    languages: [
      { code: 'pt', level: 'native' },
      { code: 'en', level: 'B1' },
    ],
    category: 'labour_spouse',
    arrivedMonthsAgo: 6,
    professionCode: '3313',
    education: { level: 'bachelor', field: 'Regnskap', country: 'BR', recognition: 'partly' },
    workYears: 9,
    careerGuidance: 'referred',
    invitations: true,
    mentorProgramme: true,
    email: 'maria.santos@example.org',
  },
  {
    municipalityCode: '1866',
    name: 'Nguyen Thi Lan',
    preferredLanguage: 'vi',
    languages: [
      { code: 'vi', level: 'native' },
      { code: 'nb', level: 'A1' },
    ],
    category: 'other',
    arrivedMonthsAgo: 2,
    careerGuidance: 'not_referred',
    invitations: false,
    mentorProgramme: false,
  },
];

/** Members of the newcomer teams (tilflytterteam) of two municipalities. */
export const DEMO_TEAM = [
  {
    municipalityCode: '1870',
    name: 'Hilde Karlsen',
    email: 'hilde.karlsen@karrieresenter.example.org',
    organisation: 'Karrieresenteret Vesterålen',
    sector: 'municipal',
  },
  {
    municipalityCode: '1870',
    name: 'Tor Eriksen',
    email: 'tor.eriksen@sortland-il.example.org',
    organisation: 'Sortland IL',
    sector: 'voluntary',
  },
  {
    municipalityCode: '1866',
    name: 'Anne Berg',
    email: 'anne.berg@helsestasjon.example.org',
    organisation: 'Helsestasjonen i Hadsel',
    sector: 'municipal',
  },
] as const;
