import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { useReasonWriter } from '../matching/matching-queries.js';
import { Score } from '../matching/score.js';
import { LoadError, Loading } from '../ui/loading.js';
import { complianceMark, markWords, MonthMark } from '../ui/month-mark.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { Certificate } from './certificate.js';
import { EndPair } from './end-pair.js';
import { LogMeetingForm } from './log-meeting-form.js';
import { PairPauses } from './pair-pauses.js';
import { useCompliance, useMatch, useMeetings, useParticipant, type MonthCompliance } from './pairs-queries.js';
import './pairs.css';

/** The programme of a pair, once the pair is known (the same cache entry as the programme's own pages). */
function usePairProgramme(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['programmes', programmeId ?? ''],
    enabled: programmeId !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/programmes/{id}', { params: { path: { id: programmeId ?? '' } }, signal })),
  });
}

export function PairPage() {
  const { id = '' } = useParams();
  const { t, f } = useI18n();
  const m = t.matching.pair;
  const match = useMatch(id);
  const mentor = useParticipant(match.data?.mentorId);
  const mentee = useParticipant(match.data?.menteeId);
  const programme = usePairProgramme(match.data?.programmeId);
  const compliance = useCompliance(id);
  const meetings = useMeetings(id);
  const reasons = useReasonWriter();
  const factsHeading = useRef<HTMLHeadingElement>(null);
  const [ended, setEnded] = useState(false);

  const mentorName = mentor.data?.name ?? (mentor.isError ? t.matching.unknownPerson : undefined);
  const menteeName = mentee.data?.name ?? (mentee.isError ? t.matching.unknownPerson : undefined);
  const pairName = mentorName && menteeName ? t.matching.pairName(mentorName, menteeName) : undefined;
  const pair = match.data;

  return (
    <Page title={pairName ? m.title(pairName) : m.titleLoading}>
      {match.isPending ? <Loading /> : null}
      {match.isError ? <LoadError error={match.error} retry={() => void match.refetch()} /> : null}
      {pair ? (
        <div className="stack">
          {programme.data ? (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/programmes/${pair.programmeId}/pairs`}>
                  {m.backToPairs(programme.data.name)}
                </RouterLink>
              </Link>
            </Paragraph>
          ) : null}

          <div className="pair-columns">
            <section className="stack" aria-labelledby="pair-facts">
              <Heading level={2} data-size="sm" id="pair-facts" ref={factsHeading} tabIndex={-1}>
                {m.facts}
              </Heading>
              <div role="status">{ended ? <Alert data-color="success">{m.endedMessage}</Alert> : null}</div>
              <dl className="pair-facts">
                <dt>{t.matching.mentor}</dt>
                <dd>
                  {mentorName ? (
                    <Link asChild>
                      <RouterLink to={`/participants/${pair.mentorId}`}>{mentorName}</RouterLink>
                    </Link>
                  ) : (
                    '…'
                  )}
                </dd>
                <dt>{t.matching.mentee}</dt>
                <dd>
                  {menteeName ? (
                    <Link asChild>
                      <RouterLink to={`/participants/${pair.menteeId}`}>{menteeName}</RouterLink>
                    </Link>
                  ) : (
                    '…'
                  )}
                </dd>
                <dt>{m.status}</dt>
                <dd>{t.matching.statuses[pair.status] ?? pair.status}</dd>
                {pair.startsOn ? (
                  <>
                    <dt>{m.startsOn}</dt>
                    <dd>{f.day(pair.startsOn)}</dd>
                  </>
                ) : null}
                {pair.endedOn ? (
                  <>
                    <dt>{m.endedOn}</dt>
                    <dd>{f.day(pair.endedOn)}</dd>
                  </>
                ) : null}
                {pair.reason ? (
                  <>
                    <dt>{m.reason}</dt>
                    <dd>{pair.reason}</dd>
                  </>
                ) : null}
                {pair.employmentStatusAtEnd ? (
                  <>
                    <dt>{m.employmentAtEndShort}</dt>
                    <dd>{t.matching.employment[pair.employmentStatusAtEnd] ?? pair.employmentStatusAtEnd}</dd>
                  </>
                ) : null}
                <dt>{t.matching.score}</dt>
                <dd>
                  <Score score={pair.score} t={t} f={f} />
                </dd>
              </dl>
            </section>

            <section className="stack" aria-labelledby="pair-reasons">
              <Heading level={2} data-size="sm" id="pair-reasons">
                {m.reasons}
              </Heading>
              <ul className="reason-list">
                {reasons.reasons(pair.breakdown).map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            </section>
          </div>

          <section className="stack" aria-labelledby="pair-months">
            <Heading level={2} data-size="sm" id="pair-months">
              {m.months}
            </Heading>
            {compliance.isPending ? <Loading /> : null}
            {compliance.isError ? <LoadError error={compliance.error} retry={() => void compliance.refetch()} /> : null}
            {compliance.data?.length === 0 ? <Paragraph>{m.noMonths}</Paragraph> : null}
            {compliance.data && compliance.data.length > 0 ? <MonthsTable months={compliance.data} /> : null}
          </section>

          {pair.status === 'approved' && programme.data ? (
            <LogMeetingForm
              matchId={pair.id}
              programmeId={pair.programmeId}
              firstDay={pair.startsOn ?? programme.data.startDate}
              timeZone={programme.data.timezone}
              minMinutes={programme.data.rules.minMeetingMinutes}
            />
          ) : null}

          {pair.startsOn && pair.status !== 'proposed' && pair.status !== 'rejected' && programme.data ? (
            <PairPauses
              matchId={pair.id}
              programmeId={pair.programmeId}
              firstDay={pair.startsOn > programme.data.startDate ? pair.startsOn : programme.data.startDate}
              lastDay={pair.endedOn && pair.endedOn < programme.data.endDate ? pair.endedOn : programme.data.endDate}
            />
          ) : null}

          <section className="stack" aria-labelledby="pair-meetings">
            <Heading level={2} data-size="sm" id="pair-meetings">
              {m.meetings}
            </Heading>
            {meetings.isPending ? <Loading /> : null}
            {meetings.isError ? <LoadError error={meetings.error} retry={() => void meetings.refetch()} /> : null}
            {meetings.data?.length === 0 ? <Paragraph>{m.noMeetings}</Paragraph> : null}
            {meetings.data && meetings.data.length > 0 ? (
              <TableScroll label={m.meetingsCaption}>
                <Table data-size="sm" border>
                  <caption className="visually-hidden">{m.meetingsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.date}</th>
                      <th scope="col">{m.duration}</th>
                      <th scope="col">{m.note}</th>
                      <th scope="col">{m.source}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...meetings.data]
                      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
                      .map((meeting) => (
                        <tr key={meeting.id}>
                          <th scope="row">{f.day(meeting.date)}</th>
                          <td>{m.durationText(f.number(meeting.durationMinutes))}</td>
                          <td>{meeting.note ?? ''}</td>
                          <td>{m.sources[meeting.source] ?? meeting.source}</td>
                        </tr>
                      ))}
                  </tbody>
                </Table>
              </TableScroll>
            ) : null}
          </section>

          {pair.status === 'approved' ? (
            <EndPair
              matchId={pair.id}
              programmeId={pair.programmeId}
              pairName={pairName ?? m.titleLoading}
              onEnded={() => {
                setEnded(true);
                factsHeading.current?.focus();
              }}
            />
          ) : null}
          {pair.status === 'completed' ? (
            <Certificate matchId={pair.id} menteeLanguage={mentee.data?.preferredLanguage} />
          ) : null}
        </div>
      ) : null}
    </Page>
  );
}

function MonthsTable({ months }: { months: MonthCompliance[] }) {
  const { t, f } = useI18n();
  const m = t.matching.pair;
  const words = markWords(t);
  return (
    <TableScroll label={m.monthsCaption}>
      <Table data-size="sm" border>
        <caption className="visually-hidden">{m.monthsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.month}</th>
            <th scope="col">{m.qualifying}</th>
            <th scope="col">{m.required}</th>
            <th scope="col">{m.allMeetings}</th>
            <th scope="col">{m.minutes}</th>
            <th scope="col">{m.pausedDays}</th>
            <th scope="col">{m.mark}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => {
            const mark = complianceMark(month);
            return (
              <tr key={month.month}>
                <th scope="row">{f.month(month.month)}</th>
                <td>{f.number(month.qualifyingMeetings)}</td>
                <td>{f.number(month.requiredMeetings)}</td>
                <td>{f.number(month.meetings)}</td>
                <td>{f.number(month.minutes)}</td>
                <td>{f.number(month.pausedDays)}</td>
                <td>
                  <MonthMark mark={mark} word={month.exempt ? t.matching.marks.holiday : words[mark]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableScroll>
  );
}
