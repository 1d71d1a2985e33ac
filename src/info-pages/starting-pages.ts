/**
 * The pages every municipality starts with, in bokmål and English: what the law gives and asks of
 * a newcomer by residence basis, as the Vesterålen programme's material describes it. They are
 * served as they stand until the municipality first saves its own version of that language (so a
 * municipality added later has them too, and reading a page never writes). The note at the top is
 * part of the text, so it stays on the page until a coordinator has checked the text and removes it.
 */
export interface StartingPage {
  title: string;
  body: string;
}

/** The day the starting text was written; shown as the page's last update until it is edited. */
export const STARTING_TEXT_DATE = new Date('2026-12-03T12:00:00Z');

export const STARTING_PAGES: Readonly<Record<'nb' | 'en', StartingPage>> = {
  nb: {
    title: 'Rettigheter og plikter for deg som er ny i kommunen',
    body: `> **Merk:** Dette er en standardtekst som kommunens koordinator skal kontrollere og holde oppdatert.
> Den er ikke juridisk rådgivning. Reglene kan endre seg – spør kommunen om hva som gjelder for deg.

Hvilke rettigheter og plikter du har til opplæring i norsk og samfunnskunnskap, avhenger av hvilket
grunnlag du har for å bo i Norge. Kommunen hjelper deg uansett hvorfor du har kommet hit.

## Flyktninger og familiene deres

- Du har rett og plikt til å delta i **introduksjonsprogrammet**. Programmet gir deg opplæring i norsk
  og samfunnskunnskap og forbereder deg på arbeid eller utdanning.
- Du får **introduksjonsstønad** mens du deltar i programmet.
- Du får en **flyktningkonsulent** i kommunen som følger deg opp.
- Kommunen kartlegger utdanningen og arbeidserfaringen din, og du får karriereveiledning.

## Du som har kommet hit fordi du er gift med eller samboer med noen som bor i Norge

- Du har **rett og plikt** til opplæring i norsk og samfunnskunnskap.
- Opplæringen er **gratis**.
- Du får **ikke stønad** mens du går på opplæringen.

## Arbeidsinnvandrere fra land utenfor EØS

- Du har **plikt** til å gjennomføre opplæring i norsk og samfunnskunnskap hvis du vil søke om
  **permanent oppholdstillatelse**.
- Du må **betale opplæringen selv**.

## EØS-borgere og familiene deres

- Du har **verken rett eller plikt** til opplæring i norsk og samfunnskunnskap.
- Du kan likevel ta kurs. Spør kommunen hvilke tilbud som finnes og hva de koster.

## Alle som er nye i kommunen

Kommunen kan tilby mentorprogram, temakvelder og veiledning til alle nye innbyggere, uansett
oppholdsgrunnlag. Ta kontakt med kommunen for å høre hva den tilbyr.

Mer informasjon finner du hos [Integrerings- og mangfoldsdirektoratet (IMDi)](https://www.imdi.no)
og [Utlendingsdirektoratet (UDI)](https://www.udi.no).
`,
  },
  en: {
    title: 'Your rights and duties as a newcomer',
    body: `> **Please note:** This is standard text for the municipality's coordinator to check and keep up to date.
> It is not legal advice. The rules can change – ask the municipality what applies to you.

Your right or duty to learn Norwegian and social studies depends on your reason for living in Norway.
The municipality helps you whatever the reason you came here.

## Refugees and their families

- You have the right and the duty to take part in the **introduction programme**. It teaches you
  Norwegian and social studies and prepares you for work or education.
- You receive an **introduction benefit** while you take part in the programme.
- A **refugee consultant** in the municipality follows you up.
- The municipality maps your education and work experience, and you get career guidance.

## If you came here because you are married to or live with someone who lives in Norway

- You have the **right and the duty** to learn Norwegian and social studies.
- The courses are **free of charge**.
- You do **not receive an allowance** while you take the courses.

## Labour immigrants from outside the EEA

- You have the **duty** to complete Norwegian and social studies if you want to apply for
  **permanent residence**.
- You **pay for the courses yourself**.

## EEA citizens and their families

- You have **neither a right nor a duty** to learn Norwegian and social studies.
- You can still take courses. Ask the municipality what is on offer and what it costs.

## Everyone who is new in the municipality

The municipality can offer a mentor programme, theme evenings and guidance to every new resident,
whatever their reason for living here. Contact the municipality to find out what it offers.

You can find more information from the [Directorate of Integration and Diversity (IMDi)](https://www.imdi.no)
and the [Norwegian Directorate of Immigration (UDI)](https://www.udi.no).
`,
  },
};

export function startingPage(language: string): StartingPage | undefined {
  return language === 'nb' || language === 'en' ? STARTING_PAGES[language] : undefined;
}
