import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useProgramme } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { ProgrammeNav } from '../programmes/programme-nav.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { ManualPair } from './manual-pair.js';
import {
  matchingKeys,
  runProposals,
  useAttention,
  useLastRun,
  useProgrammeParticipants,
  useProposals,
} from './matching-queries.js';
import { Proposals } from './proposals.js';
import { Unmatched } from './unmatched.js';
import './matching.css';

/**
 * /programmes/:id/matching: run the optimiser, decide on its proposals one at a time or many at
 * once, see who was left without a proposal and why (with each one's ranked mentors and what
 * blocks them), and propose a pair by hand.
 */
export function MatchingPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const programme = useProgramme(id);
  const proposals = useProposals(id);
  const participants = useProgrammeParticipants(id);
  const attention = useAttention(id);
  const lastRun = useLastRun(id);

  return (
    <Page title={t.matching.title}>
      <ProgrammeNav programmeId={id} programmeName={programme.data?.name} />
      {programme.isError ? <LoadError error={programme.error} retry={() => void programme.refetch()} /> : null}
      {programme.data ? (
        <Paragraph className="matching-context">
          {t.matching.programme(programme.data.name)} ·{' '}
          <Link asChild>
            <RouterLink to={`/programmes/${id}/pairs`}>{t.matching.toPairs}</RouterLink>
          </Link>
        </Paragraph>
      ) : null}
      {programme.isError ? null : (
        <>
          <RunProposals programmeId={id} />

          <section className="matching-section" aria-labelledby="proposals-heading">
            {proposals.isPending || participants.isPending ? <Loading /> : null}
            {proposals.isError ? <LoadError error={proposals.error} retry={() => void proposals.refetch()} /> : null}
            {participants.isError ? (
              <LoadError error={participants.error} retry={() => void participants.refetch()} />
            ) : null}
            <Proposals
              programmeId={id}
              programme={programme.data}
              proposals={proposals.data}
              participants={participants.data}
            />
          </section>

          <section className="matching-section" aria-labelledby="unmatched-heading">
            <Heading level={2} data-size="md" id="unmatched-heading">
              {t.matching.unmatched.heading}
            </Heading>
            {attention.isError && !lastRun.data ? (
              <LoadError error={attention.error} retry={() => void attention.refetch()} />
            ) : null}
            <Unmatched
              programmeId={id}
              participants={participants.data}
              lastRun={lastRun.data ?? null}
              waitingIds={attention.data?.menteesWithoutMentorIds}
            />
          </section>

          <section className="matching-section" aria-labelledby="manual-heading">
            <Heading level={2} data-size="md" id="manual-heading">
              {t.matching.manual.heading}
            </Heading>
            <ManualPair programmeId={id} participants={participants.data} />
          </section>
        </>
      )}
    </Page>
  );
}

/**
 * The optimiser's run: a few seconds at 2,000 × 2,000. The button is busy and a live region says
 * what is happening; the rest of the page stays usable, and the run goes on if the person
 * leaves the page (its result lands in the cache either way).
 */
const RunProposals = memo(function RunProposals({ programmeId }: { programmeId: string }) {
  const { t, f } = useI18n();
  const m = t.matching.run;
  const queryClient = useQueryClient();
  const mutationKey = ['run-proposals', programmeId];
  const running = useIsMutating({ mutationKey }) > 0;
  const [elapsed, setElapsed] = useState(0);
  const run = useMutation({
    mutationKey,
    mutationFn: () => runProposals(programmeId),
    onSuccess: (result) => {
      // The run's answer is the new list of proposals; only who waits (and their candidates) is read again,
      // in the background, so the result shows at once.
      queryClient.setQueryData(matchingKeys.lastRun(programmeId), result);
      queryClient.setQueryData(matchingKeys.proposals(programmeId), result.proposals);
      void queryClient.invalidateQueries({ queryKey: matchingKeys.attention(programmeId) });
      void queryClient.invalidateQueries({ queryKey: ['participants', 'candidates'] });
    },
  });

  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setElapsed(0);
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  let status = '';
  if (running) status = m.runningStatus;
  else if (run.isSuccess)
    status = m.done(
      run.data.proposals.length,
      run.data.unmatched.length,
      f.number(Math.max(0.1, run.data.durationMs / 1000), 1),
    );
  else if (run.isError) status = m.failed;

  return (
    <section className="matching-section" aria-labelledby="run-heading">
      <Heading level={2} data-size="md" id="run-heading">
        {m.heading}
      </Heading>
      <Paragraph>{m.intro}</Paragraph>
      <div className="run-row">
        <Button
          loading={running}
          aria-disabled={running || undefined}
          onClick={() => {
            if (!running) run.mutate();
          }}
        >
          {running ? m.running : m.button}
        </Button>
        {running ? (
          <span aria-hidden="true" className="run-elapsed">
            {m.elapsed(elapsed)}
          </span>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {status ? (
          <Alert data-color={run.isError && !running ? 'danger' : running ? 'info' : 'success'}>{status}</Alert>
        ) : null}
      </div>
    </section>
  );
});
