import {
  Alert,
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { focusFirstInvalid } from '../programmes/gathering-form.js';
import { isCalendarDay, isClockTime, wallClock, zonedIso } from '../programmes/zoned-time.js';
import { pathErrors } from '../ui/path-errors.js';
import {
  EVENING_ZONE,
  THEMES,
  partnersFrom,
  partnersText,
  type Evening,
  type NewEvening,
  type Theme,
} from './events-queries.js';

interface Values {
  theme: Theme;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  partners: string;
}

type FieldName = keyof Values | 'form';

const API_PATHS = ['theme', 'title', 'startsAt', 'endsAt', 'location', 'partners'] as const;

export const EMPTY_EVENING: Values = {
  theme: 'school_education',
  title: '',
  date: '',
  startTime: '18:00',
  endTime: '20:00',
  location: '',
  partners: '',
};

export function valuesOf(evening: Evening): Values {
  const start = wallClock(evening.startsAt, EVENING_ZONE);
  return {
    theme: evening.theme,
    title: evening.title,
    date: start.date,
    startTime: start.time,
    endTime: wallClock(evening.endsAt, EVENING_ZONE).time,
    location: evening.location,
    partners: partnersText(evening.partners),
  };
}

/**
 * A theme evening's theme, title, day, start and end (in Norwegian time, sent with Oslo's offset),
 * place and partners (one a line). The end is on the same day as the start.
 */
export function EveningForm({
  initial,
  submitLabel,
  onSubmit,
  resetOnSuccess = false,
}: {
  initial: Values;
  submitLabel: string;
  /** Resolves when stored; an ApiFailure it throws is shown beside the fields it names. */
  onSubmit: (body: NewEvening) => Promise<void>;
  resetOnSuccess?: boolean;
}) {
  const { t } = useI18n();
  const m = t.municipalities.events;
  const id = useId();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function check(): Partial<Record<FieldName, string>> {
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.title.trim()) found.title = m.required;
    if (!isCalendarDay(values.date)) found.date = values.date ? m.badDate : m.required;
    if (!isClockTime(values.startTime)) found.startTime = values.startTime ? m.badTime : m.required;
    if (!isClockTime(values.endTime)) found.endTime = values.endTime ? m.badTime : m.required;
    if (!found.startTime && !found.endTime && values.endTime <= values.startTime) found.endTime = m.endBeforeStart;
    if (!values.location.trim()) found.location = m.required;
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
        theme: values.theme,
        title: values.title.trim(),
        startsAt: zonedIso(values.date, values.startTime, EVENING_ZONE),
        endsAt: zonedIso(values.date, values.endTime, EVENING_ZONE),
        location: values.location.trim(),
        partners: partnersFrom(values.partners),
      });
      if (resetOnSuccess) setValues(initial);
    } catch (error) {
      const byPath = pathErrors(error, t, API_PATHS);
      setErrors({
        theme: byPath.theme,
        title: byPath.title,
        startTime: byPath.startsAt,
        endTime: byPath.endsAt,
        location: byPath.location,
        partners: byPath.partners,
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
      <Field>
        <Label htmlFor={`${id}-theme`}>{m.theme}</Label>
        <Select
          id={`${id}-theme`}
          value={values.theme}
          onChange={(event) => setValues((current) => ({ ...current, theme: event.target.value as Theme }))}
        >
          {THEMES.map((theme) => (
            <Select.Option key={theme} value={theme}>
              {m.themes[theme]}
            </Select.Option>
          ))}
        </Select>
        {errors.theme ? <ValidationMessage>{errors.theme}</ValidationMessage> : null}
      </Field>
      <Textfield
        label={m.eventTitle}
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
      <Paragraph data-size="sm">{m.zoneHelp}</Paragraph>
      <Textfield label={m.location} value={values.location} onChange={set('location')} error={errors.location} />
      <Textfield
        label={m.partners}
        description={m.partnersHelp}
        multiline
        rows={3}
        value={values.partners}
        onChange={set('partners')}
        error={errors.partners}
      />
      <div className="row">
        <Button type="submit" data-color="accent" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
