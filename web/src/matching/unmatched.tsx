import { Alert, Button, Details, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { TableScroll } from '../ui/table-scroll.js';
import {
  byName,
  proposePair,
  refreshAfterDecision,
  sayFailure,
  useCandidates,
  useReasonWriter,
  useWords,
  type Participant,
  type LastRun,
  type Say,
} from './matching-queries.js';
import { unmatchedText } from './reasons.js';
import { Score } from './score.js';

/** Candidates shown before "show every mentor": the best few say most. */
const FIRST_CANDIDATES = 10;
/** Waiting mentees listed before "show all": before a first run of a big programme, that is everyone. */
const FIRST_MENTEES = 50;

/**
 * The mentees without a mentor and without a proposal, and why: the rule the last proposal run
 * gave for each (as the service keeps it), and on
 * opening one, every mentor of the programme ranked, with what blocks the blocked ones.
 */
export const Unmatched = memo(function Unmatched({
  programmeId,
  participants,
  lastRun,
  waitingIds,
}: {
  programmeId: string;
  participants: Map<string, Participant> | undefined;
  lastRun: LastRun | null;
  /** Mentees without a mentor and without a proposal now (GET /programmes/:id/attention). */
  waitingIds: string[] | undefined;
}) {
  const { t, language } = useI18n();
  const m = t.matching.unmatched;
  const why = useMemo(() => new Map(lastRun?.unmatched.map((u) => [u.menteeId, u.reason]) ?? []), [lastRun]);
  const ids = waitingIds ?? lastRun?.unmatched.map((u) => u.menteeId);
  const mentees = useMemo(
    () =>
      (ids ?? [])
        .map((id) => ({ id, name: participants?.get(id)?.name ?? t.matching.unknownPerson }))
        .sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    [ids, participants, t.matching.unknownPerson],
  );
  const [showAll, setShowAll] = useState(false);
  if (!ids) return <Loading />;
  // Those the last run left out (it gave each a reason); the others came, or lost their proposal, since.
  const inRun = mentees.filter((mentee) => why.has(mentee.id)).length;
  if (mentees.length === 0) return <Paragraph>{m.none}</Paragraph>;
  const shown = showAll ? mentees : mentees.slice(0, FIRST_MENTEES);
  return (
    <>
      <Paragraph>{lastRun ? m.fromRun(inRun, mentees.length - inRun) : m.noRun}</Paragraph>
      <ul className="unmatched-list">
        {shown.map((mentee) => {
          const reason = why.get(mentee.id);
          return (
            <li key={mentee.id}>
              <UnmatchedMentee
                programmeId={programmeId}
                menteeId={mentee.id}
                name={mentee.name}
                why={reason ? m.why(unmatchedText(reason, language)) : undefined}
                participants={participants}
              />
            </li>
          );
        })}
      </ul>
      {shown.length < mentees.length ? (
        <div className="row">
          <span>{m.shownMentees(shown.length, mentees.length)}</span>
          <Button variant="tertiary" data-size="sm" onClick={() => setShowAll(true)}>
            {m.showAllMentees(mentees.length)}
          </Button>
        </div>
      ) : null}
    </>
  );
});

function UnmatchedMentee({
  programmeId,
  menteeId,
  name,
  why,
  participants,
}: {
  programmeId: string;
  menteeId: string;
  name: string;
  why: string | undefined;
  participants: Map<string, Participant> | undefined;
}) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <Details
      ref={details}
      onToggle={(event) => {
        if (event.target === details.current) setOpen(details.current?.open ?? false);
      }}
    >
      <Details.Summary>
        {/* One box, so the reason stands under the name (the summary lays its children side by side). */}
        <span className="unmatched-summary">
          {name}
          {why ? <span className="unmatched-summary-why">{why}</span> : null}
        </span>
      </Details.Summary>
      <Details.Content>
        {open ? (
          <Candidates programmeId={programmeId} menteeId={menteeId} menteeName={name} participants={participants} />
        ) : null}
      </Details.Content>
    </Details>
  );
}

/**
 * A mentee's mentors, best first: score, the three reasons, and whether they can be proposed
 * (and if not, the rule that blocks them). An allowed one can be proposed from here.
 */
export function Candidates({
  programmeId,
  menteeId,
  menteeName,
  participants,
}: {
  programmeId: string;
  menteeId: string;
  menteeName: string;
  participants: Map<string, Participant> | undefined;
}) {
  const { t, f } = useI18n();
  const m = t.matching.unmatched;
  const queryClient = useQueryClient();
  const reasons = useReasonWriter();
  const candidates = useCandidates(menteeId);
  const [showAll, setShowAll] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const words = useWords();
  const [message, setMessage] = useState<{ say: Say; ok: boolean } | null>(null);

  async function propose(mentorId: string, mentorName: string) {
    setBusy(mentorId);
    try {
      const match = await proposePair(programmeId, mentorId, menteeId);
      setMessage({
        say: (w) =>
          w.t.matching.manual.created(w.t.matching.pairName(mentorName, menteeName), w.f.number(match.score, 2)),
        ok: true,
      });
      await refreshAfterDecision(queryClient, programmeId);
    } catch (error) {
      setMessage({ say: sayFailure(error), ok: false });
    } finally {
      setBusy(null);
    }
  }

  const list = candidates.data ?? [];
  const shown = showAll ? list : list.slice(0, FIRST_CANDIDATES);
  return (
    <div className="stack">
      {candidates.isPending ? <Loading /> : null}
      {candidates.isError ? <LoadError error={candidates.error} retry={() => void candidates.refetch()} /> : null}
      {candidates.data && list.length === 0 ? <Paragraph>{m.noMentors}</Paragraph> : null}
      <div role="status" aria-live="polite">
        {message ? <Alert data-color={message.ok ? 'success' : 'danger'}>{message.say(words)}</Alert> : null}
      </div>
      {shown.length > 0 ? (
        <TableScroll label={m.candidates(menteeName)}>
          <Table className="candidates-table" data-size="sm" border>
            <caption>{m.candidates(menteeName)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.matching.mentor}</th>
                <th scope="col">{t.matching.score}</th>
                <th scope="col">{t.matching.proposals.reasons}</th>
                <th scope="col">{m.canPair}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((candidate) => {
                const mentorName = participants?.get(candidate.mentorId)?.name ?? t.matching.unknownPerson;
                const pair = t.matching.pairName(mentorName, menteeName);
                return (
                  <tr key={candidate.mentorId}>
                    <th scope="row">
                      <Link asChild>
                        <RouterLink to={`/participants/${candidate.mentorId}`}>{mentorName}</RouterLink>
                      </Link>
                    </th>
                    <td>
                      <Score score={candidate.score} t={t} f={f} />
                    </td>
                    <td>
                      <ul className="reason-list">
                        {reasons.reasons(candidate.breakdown).map((reason, i) => (
                          <li key={i}>{reason}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {candidate.allowed ? (
                        <div className="stack-tight">
                          <span>{m.allowed}</span>
                          <Button
                            data-size="sm"
                            variant="secondary"
                            loading={busy === candidate.mentorId}
                            disabled={busy !== null}
                            onClick={() => void propose(candidate.mentorId, mentorName)}
                          >
                            {m.propose}
                            <span className="visually-hidden"> {pair}</span>
                          </Button>
                        </div>
                      ) : (
                        m.blocked(reasons.rule(candidate.blockedBy ?? ''))
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </TableScroll>
      ) : null}
      {candidates.data ? (
        <div className="row">
          {list.length > shown.length ? (
            <>
              <span>{m.shown(shown.length, list.length)}</span>
              <Button variant="tertiary" data-size="sm" onClick={() => setShowAll(true)}>
                {m.showAll}
              </Button>
            </>
          ) : null}
          <Link asChild>
            <RouterLink to={`/participants/${menteeId}`}>{m.openParticipant(menteeName)}</RouterLink>
          </Link>
        </div>
      ) : null}
    </div>
  );
}
