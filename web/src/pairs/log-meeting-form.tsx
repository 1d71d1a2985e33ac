import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { failureText, refreshAfterDecision, useWords, type Say, type Words } from '../matching/matching-queries.js';
import { fieldErrors } from '../ui/api-errors.js';
import { logMeeting, todayIn } from './pairs-queries.js';

const MIN_MINUTES = 15;
const MAX_MINUTES = 600;

type Field = 'date' | 'durationMinutes' | 'note' | 'form';
type Errors = Partial<Record<Field, string>>;

/**
 * The errors to show, written now (so they follow a change of language): the form's own checks, and
 * the API's refusal beside the fields it names (one about anything else goes with the form).
 */
function errorsToShow(checks: Partial<Record<Field, Say>>, failure: unknown, w: Words): Errors {
  const errors: Errors = {};
  for (const [field, say] of Object.entries(checks) as [Field, Say][]) errors[field] = say(w);
  if (failure === null) return errors;
  const found =
    failure instanceof ApiFailure && failure.status === 400
      ? fieldErrors(failure, w.t)
      : { form: failureText(failure, w.t, w.rule) };
  for (const [field, text] of Object.entries(found)) {
    const key: Field = field === 'date' || field === 'durationMinutes' || field === 'note' ? field : 'form';
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
  const words = useWords();
  const [date, setDate] = useState('');
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<Partial<Record<Field, Say>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** The day of the meeting just logged, for the message that says so. */
  const [logged, setLogged] = useState<string | null>(null);
  const errors = errorsToShow(checks, failure, words);
  const dateField = useRef<HTMLInputElement>(null);
  const today = todayIn(timeZone);

  function check(): Partial<Record<Field, Say>> {
    const found: Partial<Record<Field, Say>> = {};
    if (!date) found.date = (w) => w.t.matching.pair.dateRequired;
    else if (date > today) found.date = (w) => w.t.matching.pair.dateInFuture;
    const minutes = Number(duration);
    if (!/^\d+$/.test(duration.trim()) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      found.durationMinutes = (w) => w.t.matching.pair.durationInvalid;
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLogged(null);
    setFailure(null);
    const found = check();
    setChecks(found);
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
      setLogged(date);
      setDate('');
      setDuration('');
      setNote('');
      await Promise.all([
        refreshAfterDecision(queryClient, programmeId),
        queryClient.invalidateQueries({ queryKey: ['matches', matchId] }),
      ]);
    } catch (error) {
      setFailure(error);
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
        <div role="status">{logged ? <Alert data-color="success">{m.logged(f.day(logged))}</Alert> : null}</div>
      </form>
    </section>
  );
}
