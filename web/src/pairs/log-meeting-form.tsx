import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { failureText, refreshAfterDecision, useReasonWriter } from '../matching/matching-queries.js';
import { fieldErrors } from '../ui/api-errors.js';
import { logMeeting, todayIn } from './pairs-queries.js';

const MIN_MINUTES = 15;
const MAX_MINUTES = 600;

type Errors = Partial<Record<'date' | 'durationMinutes' | 'note' | 'form', string>>;

/** The API's errors beside the form's fields; one about anything else goes with the form. */
function byField(found: Record<string, string>): Errors {
  const errors: Errors = {};
  for (const [field, text] of Object.entries(found)) {
    const key = field === 'date' || field === 'durationMinutes' || field === 'note' ? field : 'form';
    errors[key] = errors[key] ? `${errors[key]} ${text}` : text;
  }
  return errors;
}

/**
 * Log a meeting of a running pair: the day (not after today in the programme's zone), how long,
 * a note. Errors stand beside their field, the API's in the reader's language; after a meeting is
 * logged, the pair's months, its meetings and the programme's grid are read again, so the month's
 * mark changes.
 */
export function LogMeetingForm({
  matchId,
  programmeId,
  firstDay,
  timeZone,
  minMinutes,
}: {
  matchId: string;
  programmeId: string;
  firstDay: string;
  timeZone: string;
  minMinutes: number;
}) {
  const { t, f } = useI18n();
  const m = t.matching.pair;
  const queryClient = useQueryClient();
  const reasons = useReasonWriter();
  const [date, setDate] = useState('');
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState('');
  const dateField = useRef<HTMLInputElement>(null);
  const today = todayIn(timeZone);

  function check(): Errors {
    const found: Errors = {};
    if (!date) found.date = m.dateRequired;
    else if (date > today) found.date = m.dateInFuture;
    const minutes = Number(duration);
    if (!/^\d+$/.test(duration.trim()) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      found.durationMinutes = m.durationInvalid;
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLogged('');
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      if (found.date) dateField.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await logMeeting(matchId, {
        date,
        durationMinutes: Number(duration),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setLogged(m.logged(f.day(date)));
      setDate('');
      setDuration('');
      setNote('');
      await Promise.all([
        refreshAfterDecision(queryClient, programmeId),
        queryClient.invalidateQueries({ queryKey: ['matches', matchId] }),
      ]);
    } catch (error) {
      setErrors(
        error instanceof ApiFailure && error.status === 400
          ? byField(fieldErrors(error, t))
          : { form: failureText(error, t, reasons.rule) },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="stack" aria-labelledby="log-meeting">
      <Heading level={2} data-size="sm" id="log-meeting">
        {m.log}
      </Heading>
      <Paragraph>{m.logIntro(f.number(minMinutes))}</Paragraph>
      <form className="stack narrow" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          ref={dateField}
          label={m.logDate}
          description={m.logDateHelp}
          type="date"
          name="date"
          min={firstDay}
          max={today}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={errors.date}
        />
        <Textfield
          label={m.logDuration}
          description={m.logDurationHelp}
          type="number"
          name="durationMinutes"
          inputMode="numeric"
          min={MIN_MINUTES}
          max={MAX_MINUTES}
          step={1}
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          error={errors.durationMinutes}
        />
        <Textfield
          label={m.logNote}
          multiline
          rows={3}
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
            {m.logSubmit}
          </Button>
        </div>
        <div role="status">{logged ? <Alert data-color="success">{logged}</Alert> : null}</div>
      </form>
    </section>
  );
}
