import {
  Alert,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { refreshAfterDecision, sayFailure, useWords, type Say } from '../matching/matching-queries.js';
import { ConfirmButton } from '../ui/confirm.js';
import { EMPLOYMENT_STATUSES, endPair, type EmploymentStatus } from './pairs-queries.js';

type Outcome = 'completed' | 'ended';

/**
 * Ending a running pair: completed (it ran its course) or ended early (then, if asked, the
 * mentee looks for a new mentor: rematch), why, and the mentee's employment at the end (the
 * programme's outcome figure). One confirmation that says what
 * happens; the fields sit in the dialog.
 */
export function EndPair({
  matchId,
  programmeId,
  pairName,
  onEnded,
}: {
  matchId: string;
  programmeId: string;
  pairName: string;
  /** Called once the pair has ended: this section goes away with the running pair, so the page says so. */
  onEnded: () => void;
}) {
  const { t } = useI18n();
  const m = t.matching.pair;
  const queryClient = useQueryClient();
  const words = useWords();
  const [outcome, setOutcome] = useState<Outcome>('completed');
  const [reason, setReason] = useState('');
  const [employment, setEmployment] = useState<EmploymentStatus | ''>('');
  const [rematch, setRematch] = useState(false);
  const [error, setError] = useState<Say | null>(null);

  async function end(): Promise<boolean> {
    setError(null);
    try {
      await endPair(matchId, {
        outcome,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(employment ? { employmentStatusAtEnd: employment } : {}),
        // A new mentor is for an early end only (the API refuses it with completed).
        ...(outcome === 'ended' && rematch ? { rematch: true } : {}),
      });
      await Promise.all([
        refreshAfterDecision(queryClient, programmeId),
        queryClient.invalidateQueries({ queryKey: ['matches', matchId] }),
      ]);
      // After the dialog has closed (it gives focus back to its button, which goes with the running pair).
      window.setTimeout(onEnded, 0);
      return false;
    } catch (failure) {
      setError(() => sayFailure(failure));
      return true;
    }
  }

  return (
    <section className="stack" aria-labelledby="end-pair">
      <Heading level={2} data-size="sm" id="end-pair">
        {m.end}
      </Heading>
      <Paragraph>{m.endIntro}</Paragraph>
      <div>
        <ConfirmButton
          label={m.end}
          title={m.endTitle}
          description={m.endDescription(pairName)}
          confirmLabel={m.endConfirm}
          onConfirm={end}
        >
          <Fieldset>
            <Fieldset.Legend>{m.outcome}</Fieldset.Legend>
            {(['completed', 'ended'] as const).map((value) => (
              <Radio
                key={value}
                name="outcome"
                value={value}
                label={m.outcomes[value]}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
            ))}
          </Fieldset>
          {outcome === 'ended' ? (
            <Checkbox
              label={m.rematch}
              description={m.rematchHelp}
              name="rematch"
              checked={rematch}
              onChange={(event) => setRematch(event.target.checked)}
            />
          ) : null}
          <Textfield
            label={m.endReason}
            name="reason"
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Field>
            <Label>{m.employmentAtEnd}</Label>
            <Select
              name="employmentStatusAtEnd"
              value={employment}
              onChange={(event) => setEmployment(event.target.value as EmploymentStatus | '')}
            >
              <Select.Option value="">{m.notRecorded}</Select.Option>
              {EMPLOYMENT_STATUSES.map((status) => (
                <Select.Option key={status} value={status}>
                  {t.matching.employment[status]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {error ? (
            <Alert data-color="danger" role="alert">
              {error(words)}
            </Alert>
          ) : null}
        </ConfirmButton>
      </div>
    </section>
  );
}
