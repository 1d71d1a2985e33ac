import { Alert, Button, Details, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { blockedText, REASON_KEYS, reasonText, type ReasonNames } from '../matching/reasons.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { languageName } from './iso-languages.js';
import { ParticipantForm } from './participant-form.js';
import { ParticipantPrivacyActions } from './privacy-actions.js';
import {
  titleIn,
  useCandidates,
  useParticipant,
  useProfessionGroups,
  useProgrammeMatches,
  useProgrammeMentors,
  type Candidate,
  type Match,
  type Participant,
} from './participants-api.js';
import { Screening } from './screening.js';
import { localDay, Standing } from './standing.js';
import './participants.css';
import { TableScroll } from '../ui/table-scroll.js';

function useProgrammeOf(id: string | undefined) {
  return useQuery({
    queryKey: ['programmes', id],
    enabled: id !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** The order a person's pairs are listed in: the running one first, the rejected last. */
const STATUS_ORDER: Record<Match['status'], number> = { approved: 0, proposed: 1, completed: 2, ended: 3, rejected: 4 };

/**
 * One participant: the profile (changed in place with `?edit=1`), their pairs, and for a mentee
 * without a mentor every mentor of the programme ranked, with the reasons of each score and what
 * blocks the blocked ones, in the reader's language.
 */
export function ParticipantPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const m = t.participants;
  const [params, setParams] = useSearchParams();
  const participant = useParticipant(id);
  const person = participant.data;
  const programme = useProgrammeOf(person?.programmeId);
  const editing = params.get('edit') === '1';
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const savedAlert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved) savedAlert.current?.focus();
  }, [saved]);

  const setEditing = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: false },
    );

  if (participant.isPending) {
    return (
      <Page title={m.person.title}>
        <Loading />
      </Page>
    );
  }
  if (participant.isError || !person) {
    return (
      <Page title={m.person.title}>
        <LoadError error={participant.error} retry={() => void participant.refetch()} />
      </Page>
    );
  }

  const erasedAlert = (
    <Alert data-color="info" className="participant-saved">
      <Paragraph>{m.privacy.erased}</Paragraph>
    </Alert>
  );
  return (
    <Page
      title={person.erased ? m.privacy.erasedName : person.name}
      actions={
        editing || person.erased ? null : (
          <Button
            ref={editButton}
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {m.person.edit}
          </Button>
        )
      }
    >
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to={`/programmes/${person.programmeId}/participants`}>
            {programme.data ? m.backToList(programme.data.name) : m.title}
          </RouterLink>
        </Link>
      </Paragraph>

      {saved ? (
        <Alert data-color="success" ref={savedAlert} tabIndex={-1} className="participant-saved">
          <Paragraph>{m.form.saved}</Paragraph>
        </Alert>
      ) : null}

      {person.erased ? erasedAlert : null}

      {editing && programme.data ? (
        <ParticipantForm
          key={person.updatedAt}
          programme={programme.data}
          participant={person}
          onDone={() => {
            setSaved(true);
            setEditing(false);
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          <Profile person={person} />
          <ParticipantPrivacyActions
            person={{ ...person, name: person.erased ? m.privacy.erasedName : person.name }}
            onErased={() => setSaved(false)}
          />
        </>
      )}

      {person.role === 'mentor' ? <Screening key={person.id} person={person} /> : null}
      <Pairs person={person} />
      <Candidates person={person} />
    </Page>
  );
}

function Profile({ person }: { person: Participant }) {
  const { t, f, language } = useI18n();
  const m = t.participants;
  const municipalities = useMunicipalities();
  const rows: [string, ReactNode][] = [
    [m.fields.role, m.roles[person.role]],
    [
      m.fields.email,
      person.erased ? (
        m.notGiven
      ) : person.email === undefined ? (
        m.privacy.hidden
      ) : (
        <a href={`mailto:${person.email}`}>{person.email}</a>
      ),
    ],
    [m.fields.phone, person.phone === undefined ? m.privacy.hidden : (person.phone ?? m.notGiven)],
    [m.fields.municipalityCode, municipalities.data?.get(person.municipalityCode)?.name ?? person.municipalityCode],
    [m.fields.preferredLanguage, languageName(person.preferredLanguage, language)],
    [
      m.fields.languages,
      <ul className="reasons">
        {person.languages.map((skill) => (
          <li key={skill.code}>
            {languageName(skill.code, language)}: {m.levels[skill.level]}
          </li>
        ))}
      </ul>,
    ],
    [m.fields.professionCode, `${titleIn(person.professionTitle, language)} (${person.professionCode})`],
  ];
  if (person.role === 'mentee') {
    rows.push([
      m.fields.desiredProfessionCode,
      person.desiredProfessionCode
        ? person.desiredProfessionTitle
          ? `${titleIn(person.desiredProfessionTitle, language)} (${person.desiredProfessionCode})`
          : person.desiredProfessionCode
        : m.notGiven,
    ]);
    rows.push([m.fields.category, person.category ? m.categories[person.category] : m.notGiven]);
  } else {
    rows.push([m.fields.capacity, f.number(person.capacity)]);
  }
  rows.push([
    m.fields.gender,
    person.gender === undefined ? m.privacy.hidden : person.gender ? m.genders[person.gender] : m.notGiven,
  ]);
  if (person.role === 'mentee') {
    rows.push([m.fields.wantsSameGender, person.wantsSameGender ? t.app.yes : t.app.no]);
    rows.push([
      m.fields.employmentStatusAtStart,
      person.employmentStatusAtStart ? m.employment[person.employmentStatusAtStart] : m.notGiven,
    ]);
  }
  rows.push([person.role === 'mentor' ? m.candidates.places : m.candidates.mentor, <Standing participant={person} />]);
  rows.push([m.columns.registered, f.day(localDay(person.createdAt))]);
  return (
    <section aria-labelledby="profile-heading">
      <Heading level={2} data-size="sm" id="profile-heading">
        {m.person.profile}
      </Heading>
      <dl className="profile">
        {rows.map(([label, value]) => (
          <div key={label} className="profile-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The other person of each pair: the mentors come with the programme's mentor list, mentees one by one. */
function usePartners(person: Participant, matches: Match[]) {
  const mentors = useProgrammeMentors(person.role === 'mentee' ? person.programmeId : undefined);
  const menteeIds = person.role === 'mentor' ? [...new Set(matches.map((match) => match.menteeId))] : [];
  const mentees = useQueries({
    queries: menteeIds.map((menteeId) => ({
      queryKey: ['participants', 'one', menteeId],
      queryFn: async () => unwrap(await api.GET('/api/v1/participants/{id}', { params: { path: { id: menteeId } } })),
      retry: false,
    })),
  });
  return (match: Match): Participant | undefined => {
    if (person.role === 'mentee') return mentors.data?.get(match.mentorId);
    return mentees[menteeIds.indexOf(match.menteeId)]?.data;
  };
}

function Pairs({ person }: { person: Participant }) {
  const { t, f } = useI18n();
  const m = t.participants.pairs;
  const matches = useProgrammeMatches(person.programmeId);
  const mine = useMemo(
    () =>
      (matches.data ?? [])
        .filter((match) => match.mentorId === person.id || match.menteeId === person.id)
        .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.createdAt.localeCompare(a.createdAt)),
    [matches.data, person.id],
  );
  const partnerOf = usePartners(person, mine);
  return (
    <section className="section" aria-labelledby="pairs-heading">
      <Heading level={2} data-size="sm" id="pairs-heading">
        {m.title}
      </Heading>
      {matches.isPending ? <Loading /> : null}
      {matches.isError ? <LoadError error={matches.error} retry={() => void matches.refetch()} /> : null}
      {matches.data && mine.length === 0 ? <Paragraph>{m.none}</Paragraph> : null}
      {mine.length ? (
        <TableScroll label={m.caption(person.name)}>
          <Table zebra>
            <caption className="visually-hidden">{m.caption(person.name)}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{person.role === 'mentee' ? m.mentor : m.mentee}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.status}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.score}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.period}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.open}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {mine.map((match) => {
                const partnerId = person.role === 'mentee' ? match.mentorId : match.menteeId;
                const partner = partnerOf(match);
                return (
                  <Table.Row key={match.id}>
                    <Table.HeaderCell scope="row">
                      <RouterLink to={`/participants/${partnerId}`}>{partner?.name ?? m.unknownPerson}</RouterLink>
                    </Table.HeaderCell>
                    <Table.Cell>
                      {m.statuses[match.status]}
                      {match.status === 'rejected' && match.reason ? `: ${match.reason}` : ''}
                    </Table.Cell>
                    <Table.Cell>{f.number(match.score, 2)}</Table.Cell>
                    <Table.Cell>
                      {match.startsOn
                        ? match.endedOn
                          ? m.fromTo(f.day(match.startsOn), f.day(match.endedOn))
                          : m.since(f.day(match.startsOn))
                        : '–'}
                    </Table.Cell>
                    <Table.Cell>
                      {match.status === 'proposed' ? (
                        <RouterLink to={`/programmes/${person.programmeId}/matching`}>{m.decide}</RouterLink>
                      ) : match.status === 'rejected' ? (
                        '–'
                      ) : (
                        <RouterLink
                          to={`/pairs/${match.id}`}
                          aria-label={partner ? m.openPairWith(partner.name) : undefined}
                        >
                          {m.openPair}
                        </RouterLink>
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </section>
  );
}

function Candidates({ person }: { person: Participant }) {
  const { t, language } = useI18n();
  const m = t.participants.candidates;
  const matches = useProgrammeMatches(person.programmeId);
  const hasMentor =
    person.hasMentor ??
    matches.data?.some(
      (match) => match.menteeId === person.id && (match.status === 'approved' || match.status === 'completed'),
    ) ??
    true;
  const show = person.role === 'mentee' && !hasMentor;
  const candidates = useCandidates(person.id, show);
  const mentors = useProgrammeMentors(show ? person.programmeId : undefined);
  const groups = useProfessionGroups(show);
  const municipalities = useMunicipalities();
  if (!show) return null;
  const names: ReasonNames = {
    municipality: (code) => municipalities.data?.get(code)?.name,
    profession: (code) => {
      const title = groups.data?.get(code);
      return title ? titleIn(title, language) : undefined;
    },
  };
  const list = candidates.data ?? [];
  const allowed = list.filter((c) => c.allowed);
  const blocked = list.filter((c) => !c.allowed);
  return (
    <section className="section stack" aria-labelledby="candidates-heading">
      <Heading level={2} data-size="sm" id="candidates-heading">
        {m.title}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      {candidates.isPending ? <Loading /> : null}
      {candidates.isError ? <LoadError error={candidates.error} retry={() => void candidates.refetch()} /> : null}
      {candidates.data && list.length === 0 ? <Paragraph>{m.noMentors}</Paragraph> : null}
      {candidates.data && list.length > 0 && allowed.length === 0 ? <Paragraph>{m.noneAllowed}</Paragraph> : null}
      {allowed.length ? (
        <CandidateTable
          caption={m.allowedCaption(allowed.length)}
          candidates={allowed}
          mentors={mentors.data}
          names={names}
          ranked
        />
      ) : null}
      {blocked.length ? (
        <Details>
          <Details.Summary>{m.blockedSummary(blocked.length)}</Details.Summary>
          <Details.Content>
            <CandidateTable
              caption={m.blockedCaption(blocked.length)}
              candidates={blocked}
              mentors={mentors.data}
              names={names}
            />
          </Details.Content>
        </Details>
      ) : null}
    </section>
  );
}

function CandidateTable({
  caption,
  candidates,
  mentors,
  names,
  ranked = false,
}: {
  caption: string;
  candidates: Candidate[];
  mentors: Map<string, Participant> | undefined;
  names: ReasonNames;
  ranked?: boolean;
}) {
  const { t, f, language } = useI18n();
  const m = t.participants.candidates;
  return (
    <TableScroll label={caption}>
      <Table zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {ranked ? <Table.HeaderCell scope="col">{m.rank}</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">{m.mentor}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.score}</Table.HeaderCell>
            {ranked ? null : <Table.HeaderCell scope="col">{m.blockedBy}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{m.reasons}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.places}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {candidates.map((candidate, index) => {
            const mentor = mentors?.get(candidate.mentorId);
            return (
              <Table.Row key={candidate.mentorId}>
                {ranked ? <Table.Cell>{f.number(index + 1)}</Table.Cell> : null}
                <Table.HeaderCell scope="row">
                  <RouterLink to={`/participants/${candidate.mentorId}`}>{mentor?.name ?? m.unknownMentor}</RouterLink>
                </Table.HeaderCell>
                <Table.Cell>{f.number(candidate.score, 2)}</Table.Cell>
                {ranked ? null : (
                  <Table.Cell>{candidate.blockedBy ? blockedText(candidate.blockedBy, language) : '–'}</Table.Cell>
                )}
                <Table.Cell>
                  <ul className="reasons">
                    {REASON_KEYS.map((key) => (
                      <li key={key}>{reasonText(candidate.breakdown[key], language, names)}</li>
                    ))}
                  </ul>
                </Table.Cell>
                <Table.Cell className="standing">{mentor ? <Standing participant={mentor} /> : '–'}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
