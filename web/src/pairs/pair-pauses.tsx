import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { failureText, refreshAfterDecision, useWords, type Say, type Words } from '../matching/matching-queries.js';
import { fieldErrors } from '../ui/api-errors.js';
import { ConfirmButton } from '../ui/confirm.js';
import { LoadError, Loading } from '../ui/loading.js';
import { TableScroll } from '../ui/table-scroll.js';
import { addPause, pairKeys, removePause, usePauses } from './pairs-queries.js';

const REASONS = ['sick_leave', 'travel', 'other'] as const;
type Reason = (typeof REASONS)[number];

type Field = 'from' | 'to' | 'reason' | 'note' | 'form';
type Errors = Partial<Record<Field, string>>;

/** The form's own checks and the API's refusal, each beside the field it names (else with the form). */
function errorsToShow(checks: Partial<Record<Field, Say>>, failure: unknown, w: Words): Errors {
  const errors: Errors = {};
  for (const [field, say] of Object.entries(checks) as [Field, Say][]) errors[field] = say(w);
  if (failure === null) return errors;
  // A 400 names its field; a 409 (an overlapping pause) names `from` too, in the same shape.
  const found =
    failure instanceof ApiFailure && (failure.status === 400 || failure.status === 409)
      ? fieldErrors(failure, w.t)
      : { form: failureText(failure, w.t, w.rule) };
  for (const [field, text] of Object.entries(found)) {
    const key: Field = field === 'from' || field === 'to' || field === 'reason' || field === 'note' ? field : 'form';
    errors[key] = errors[key] ? `${errors[key]} ${text}` : text;
  }
  return errors;
}

/**
 * A pair's pauses (sick leave, travel): listed, added (from, to, reason, note) and removed after a
 * confirmation. Paused days are not active days, so after a change the pair's months and the
 * programme's grid are read again.
 */
export function PairPauses({
  matchId,
  programmeId,
  firstDay,
  lastDay,
}: {
  matchId: string;
  programmeId: string;
  /** The pair's active span: the form's date range. */
  firstDay: string;
  lastDay: string;
}) {
  const { t, f } = useI18n();
  const m = t.matching.pair;
  const queryClient = useQueryClient();
  const words = useWords();
  const pauses = usePauses(matchId);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState<Reason>('sick_leave');
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<Partial<Record<Field, Say>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const fromField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = errorsToShow(checks, failure, words);

  const refresh = () =>
    Promise.all([
      refreshAfterDecision(queryClient, programmeId),
      queryClient.invalidateQueries({ queryKey: pairKeys.pauses(matchId) }),
      queryClient.invalidateQueries({ queryKey: pairKeys.compliance(matchId) }),
    ]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const found: Partial<Record<Field, Say>> = {};
    if (!from) found.from = (w) => w.t.matching.pair.pauseDateRequired;
    if (!to) found.to = (w) => w.t.matching.pair.pauseDateRequired;
    else if (from && to < from) found.to = (w) => w.t.matching.pair.pauseToBeforeFrom;
    setChecks(found);
    if (Object.keys(found).length > 0) {
      fromField.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await addPause(matchId, { from, to, reason, ...(note.trim() ? { note: note.trim() } : {}) });
      setNotice({ kind: 'success', text: m.pauseAdded(f.day(from), f.day(to)) });
      setFrom('');
      setTo('');
      setNote('');
      await refresh();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string): Promise<boolean> {
    try {
      await removePause(id);
      // A refusal of the form may have named this pause: it no longer holds.
      setFailure(null);
      setNotice({ kind: 'success', text: m.pauseRemoved });
      await refresh();
      // After the dialog has closed: its button goes with the removed row.
      window.setTimeout(() => heading.current?.focus(), 0);
      return false;
    } catch (error) {
      setNotice({ kind: 'danger', text: failureText(error, words.t, words.rule) });
      return false;
    }
  }

  return (
    <section className="stack" aria-labelledby="pair-pauses">
      <Heading level={2} data-size="sm" id="pair-pauses" ref={heading} tabIndex={-1}>
        {m.pauses}
      </Heading>
      <Paragraph>{m.pausesIntro}</Paragraph>
      <div role="status">{notice ? <Alert data-color={notice.kind}>{notice.text}</Alert> : null}</div>
      {pauses.isPending ? <Loading /> : null}
      {pauses.isError ? <LoadError error={pauses.error} retry={() => void pauses.refetch()} /> : null}
      {pauses.data?.length === 0 ? <Paragraph>{m.noPauses}</Paragraph> : null}
      {pauses.data && pauses.data.length > 0 ? (
        <TableScroll label={m.pausesCaption}>
          <Table data-size="sm" border>
            <caption className="visually-hidden">{m.pausesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.pauseFrom}</th>
                <th scope="col">{m.pauseTo}</th>
                <th scope="col">{m.pauseReason}</th>
                <th scope="col">{m.note}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.pauseRemove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pauses.data.map((pause) => (
                <tr key={pause.id}>
                  <th scope="row">{f.day(pause.from)}</th>
                  <td>{f.day(pause.to)}</td>
                  <td>{m.pauseReasons[pause.reason] ?? pause.reason}</td>
                  <td>{pause.note ?? ''}</td>
                  <td>
                    <ConfirmButton
                      variant="tertiary"
                      label={
                        <>
                          {m.pauseRemove}
                          <span className="visually-hidden">
                            {' '}
                            {m.pauseRemoveLabel(f.day(pause.from), f.day(pause.to))}
                          </span>
                        </>
                      }
                      title={m.pauseRemoveTitle}
                      description={m.pauseRemoveDescription(f.day(pause.from), f.day(pause.to))}
                      confirmLabel={m.pauseRemove}
                      onConfirm={() => remove(pause.id)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableScroll>
      ) : null}

      <form className="stack narrow" noValidate onSubmit={(event) => void submit(event)}>
        <Heading level={3} data-size="xs">
          {m.pauseAddHeading}
        </Heading>
        <Textfield
          ref={fromField}
          label={m.pauseFrom}
          type="date"
          name="from"
          min={firstDay}
          max={lastDay}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={errors.from}
        />
        <Textfield
          label={m.pauseTo}
          type="date"
          name="to"
          min={from || firstDay}
          max={lastDay}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={errors.to}
        />
        <Field>
          <Label>{m.pauseReason}</Label>
          <Select name="reason" value={reason} onChange={(event) => setReason(event.target.value as Reason)}>
            {REASONS.map((value) => (
              <Select.Option key={value} value={value}>
                {m.pauseReasons[value]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={m.pauseNote}
          name="note"
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors.note}
        />
        {errors.form ? (
          <Alert data-color="danger" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={busy}>
            {m.pauseAdd}
          </Button>
        </div>
      </form>
    </section>
  );
}
