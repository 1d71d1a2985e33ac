import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { pathErrors } from '../ui/path-errors.js';
import { isCalendarDay, isClockTime, zonedIso } from './zoned-time.js';

export interface GatheringValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
}

export interface GatheringBody {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
}

type Field = keyof GatheringValues | 'form';

const API_PATHS = ['title', 'startsAt', 'endsAt', 'location'] as const;

/**
 * A gathering's title, day, start and end (wall-clock times in the programme's zone, sent as ISO
 * with that zone's offset) and place. The end is on the same day as the start.
 */
export function GatheringForm({
  initial,
  timeZone,
  submitLabel,
  onSubmit,
  onCancel,
  focusOnMount = false,
}: {
  initial: GatheringValues;
  timeZone: string;
  submitLabel: string;
  /** Resolves when stored; an ApiFailure it throws is shown beside the fields it names. */
  onSubmit: (body: GatheringBody) => Promise<void>;
  onCancel?: () => void;
  /** Moves focus to the first field when the form appears in place of the button that opened it. */
  focusOnMount?: boolean;
}) {
  const { t } = useI18n();
  const m = t.programmes.gathering;
  const [values, setValues] = useState<GatheringValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) firstField.current?.focus();
  }, [focusOnMount]);

  const set = (field: keyof GatheringValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = m.required;
    if (!isCalendarDay(values.date)) found.date = values.date ? m.badDate : m.required;
    if (!isClockTime(values.startTime)) found.startTime = values.startTime ? m.badTime : m.required;
    if (!isClockTime(values.endTime)) found.endTime = values.endTime ? m.badTime : m.required;
    if (!found.startTime && !found.endTime && values.endTime <= values.startTime) found.endTime = m.endBeforeStart;
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        title: values.title.trim(),
        startsAt: zonedIso(values.date, values.startTime, timeZone),
        endsAt: zonedIso(values.date, values.endTime, timeZone),
        location: values.location.trim(),
      });
    } catch (error) {
      const byPath = pathErrors(error, t, API_PATHS);
      setErrors({
        title: byPath.title,
        startTime: byPath.startsAt,
        endTime: byPath.endsAt,
        location: byPath.location,
        form: byPath.form,
      });
      focusFirstInvalid(form.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="stack" noValidate onSubmit={(event) => void submit(event)}>
      {errors.form ? (
        <Alert data-color="danger" role="alert">
          {errors.form}
        </Alert>
      ) : null}
      <Textfield
        ref={firstField}
        label={m.title}
        description={m.titleHelp}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
      />
      <div className="gathering-fields">
        <Textfield label={m.date} type="date" value={values.date} onChange={set('date')} error={errors.date} />
        <Textfield
          label={m.starts}
          type="time"
          value={values.startTime}
          onChange={set('startTime')}
          error={errors.startTime}
        />
        <Textfield label={m.ends} type="time" value={values.endTime} onChange={set('endTime')} error={errors.endTime} />
      </div>
      <Paragraph data-size="sm">{m.zoneHelp(timeZone)}</Paragraph>
      <Textfield label={m.location} value={values.location} onChange={set('location')} error={errors.location} />
      <div className="row">
        <Button type="submit" data-color="accent" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" data-color="accent" onClick={onCancel}>
            {t.app.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** After a failed submit, focus goes to the first field that says what is wrong. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  });
}
