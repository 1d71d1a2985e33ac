/**
 * Bokmål: the console's reference language. nn.ts and en.ts must have every key (the type
 * checker holds them to `Messages`). A message that needs a value is a function of it.
 */
export const nb = {
  app: {
    name: 'Mentornett',
    skipToContent: 'Hopp til hovedinnhold',
    language: 'Språk',
    mainNav: 'Hovedmeny',
    loading: 'Laster …',
    loggedInAs: (name: string) => `Logget inn som ${name}`,
    footer: 'Mentornett – mentorprogram for nye innbyggere',
    accessibility: 'Tilgjengelighetserklæring',
    notFound: 'Fant ikke siden',
    notFoundText: 'Siden finnes ikke, eller du har ikke tilgang til den.',
    backToProgrammes: 'Til programmene',
    error: 'Noe gikk galt',
    errorText: (requestId: string | undefined) =>
      requestId ? `Prøv igjen. Oppgi referansen ${requestId} hvis det skjer igjen.` : 'Prøv igjen om litt.',
    retry: 'Prøv igjen',
    cancel: 'Avbryt',
    save: 'Lagre',
    saved: 'Lagret',
    close: 'Lukk',
    yes: 'Ja',
    no: 'Nei',
    none: 'Ingen',
  },
  nav: {
    programmes: 'Programmer',
    stats: 'Statistikk',
    users: 'Brukere',
    outbox: 'E-postlogg',
    queues: 'Køer',
    account: 'Min konto',
    logout: 'Logg ut',
  },
  roles: { admin: 'Administrator', lead: 'Programleder', coordinator: 'Koordinator' },
  login: {
    title: 'Logg inn',
    intro: 'Logg inn med e-postadressen og passordet ditt.',
    email: 'E-post',
    password: 'Passord',
    submit: 'Logg inn',
    wrong: 'Feil e-post eller passord.',
    tooMany: 'For mange forsøk. Vent litt og prøv igjen.',
    sessionEnded: 'Økten din er avsluttet. Logg inn igjen for å fortsette der du var.',
    loggedOut: 'Du er logget ut.',
    required: (field: string) => `Fyll inn ${field.toLowerCase()}.`,
  },
  account: {
    title: 'Min konto',
    profile: 'Profil',
    name: 'Navn',
    email: 'E-post',
    role: 'Rolle',
    municipalities: 'Kommuner',
    language: 'Språk i konsollen og i e-post til deg',
    changePassword: 'Bytt passord',
    currentPassword: 'Nåværende passord',
    newPassword: 'Nytt passord',
    newPasswordHelp: 'Minst 12 tegn.',
    passwordChanged: 'Passordet er byttet. Andre innlogginger er logget ut.',
    wrongPassword: 'Passordet stemmer ikke.',
    logout: 'Logg ut',
  },
  programmes: {
    create: 'Nytt program',
    none: 'Du har ingen programmer ennå.',
    period: (from: string, to: string) => `${from} – ${to}`,
  },
  /** The API's error codes (src/common/error-codes.ts), written out; params as the API gives them. */
  errorCodes: {
    required: (_p: Record<string, unknown>) => 'Må fylles ut.',
  } as Record<string, (p: Record<string, unknown>) => string>,
  accessibilityPage: {
    title: 'Tilgjengelighetserklæring',
    body: [
      'Mentornett skal kunne brukes av alle. Konsollen er laget for å oppfylle kravene i WCAG 2.1 på nivå AA, som forskrift om universell utforming av IKT-løsninger krever.',
      'Alle sider kan brukes med tastatur alene, fungerer med skjermleser, kan forstørres til 200 % og leses på en skjerm som er 320 piksler bred. Vi tester hver side automatisk med axe-core i en ekte nettleser.',
      'Finner du noe som ikke fungerer for deg, kontakt kommunen som driver programmet. Du kan også klage til Tilsynet for universell utforming av IKT (uutilsynet.no).',
    ],
  },
};

export type Messages = typeof nb;
