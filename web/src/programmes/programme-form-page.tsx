import {
  Alert,
  Button,
  Checkbox,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client.js';
import { useMunicipalities, useProgramme, type Programme } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { pathErrors } from '../ui/path-errors.js';
import { focusFirstInvalid } from './gathering-form.js';
import { ProgrammeNav } from './programme-nav.js';
import {
  DEFAULT_RULES,
  DEFAULT_TIME_ZONE,
  RULE_BOUNDS,
  VESTERALEN,
  weightShares,
  type ProgrammeRules,
} from './rules.js';
import { addMonths, isCalendarDay, isTimeZone } from './zoned-time.js';
import './programmes.css';

/** The calendar months, for the holiday's checkboxes. */
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The length a programme runs unless its end is given (API.md: endDate defaults to 8 months after startDate). */
const DEFAULT_MONTHS = 8;

export function NewProgrammePage() {
  const { t } = useI18n();
  return (
    <Page title={t.programmes.form.newTitle}>
      <ProgrammeForm />
    </Page>
  );
}

export function EditProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const programme = useProgramme(id);
  const mayEdit = user.role === 'admin' || user.role === 'lead';
  const title = programme.data ? t.programmes.form.editTitle(programme.data.name) : t.programmes.form.editTitleShort;
  return (
    <Page title={title}>
      {!mayEdit ? (
        <Alert data-color="warning">
          <Paragraph>{t.app.notFoundText}</Paragraph>
        </Alert>
      ) : programme.isPending ? (
        <Loading />
      ) : programme.isError ? (
        <LoadError error={programme.error} retry={() => void programme.refetch()} />
      ) : (
        <>
          <ProgrammeNav programmeId={programme.data.id} programmeName={programme.data.name} />
          <ProgrammeForm key={programme.data.updatedAt} programme={programme.data} />
        </>
      )}
    </Page>
  );
}

type RuleField =
  | 'minMeetingsPerMonth'
  | 'minMeetingMinutes'
  | 'maxDistanceKm'
  | 'weightProfession'
  | 'weightLanguage'
  | 'weightLocation'
  | 'midMonthReminderDay'
  | 'completionMeetings'
  | 'completionHours'
  | 'completionGatherings'
  | 'retentionMonths';

interface FormValues {
  name: string;
  startDate: string;
  endDate: string;
  municipalityCodes: string[];
  timezone: string;
  rules: Record<RuleField, string>;
  requireScreening: boolean;
  /** The calendar months (1–12) ticked as the summer holiday. */
  exemptMonths: number[];
}

type ErrorKey =
  | 'name'
  | 'startDate'
  | 'endDate'
  | 'municipalityCodes'
  | 'timezone'
  | 'weights'
  | 'rules'
  | 'exemptMonths'
  | 'form'
  | RuleField;

/** The API's field paths, and where on this form each one's errors show. */
const API_FIELDS: Record<string, ErrorKey> = {
  name: 'name',
  startDate: 'startDate',
  endDate: 'endDate',
  municipalityCodes: 'municipalityCodes',
  timezone: 'timezone',
  rules: 'rules',
  'rules.minMeetingsPerMonth': 'minMeetingsPerMonth',
  'rules.minMeetingMinutes': 'minMeetingMinutes',
  'rules.maxDistanceKm': 'maxDistanceKm',
  'rules.weights': 'weights',
  'rules.weights.profession': 'weightProfession',
  'rules.weights.language': 'weightLanguage',
  'rules.weights.location': 'weightLocation',
  'rules.midMonthReminderDay': 'midMonthReminderDay',
  'rules.completion.minMeetings': 'completionMeetings',
  'rules.completion.minHours': 'completionHours',
  'rules.completion.minGatherings': 'completionGatherings',
  'rules.exemptMonths': 'exemptMonths',
  'rules.retentionMonths': 'retentionMonths',
};

/** A number as typed in the reader's language: a decimal comma or point, spaces between thousands. */
export function parseNumber(text: string): number {
  const plain = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

function inputNumber(value: number, decimalComma: boolean): string {
  const text = String(value);
  return decimalComma ? text.replace('.', ',') : text;
}

function rulesValues(rules: ProgrammeRules, decimalComma: boolean): Record<RuleField, string> {
  return {
    minMeetingsPerMonth: inputNumber(rules.minMeetingsPerMonth, decimalComma),
    minMeetingMinutes: inputNumber(rules.minMeetingMinutes, decimalComma),
    maxDistanceKm: inputNumber(rules.maxDistanceKm, decimalComma),
    weightProfession: inputNumber(rules.weights.profession, decimalComma),
    weightLanguage: inputNumber(rules.weights.language, decimalComma),
    weightLocation: inputNumber(rules.weights.location, decimalComma),
    midMonthReminderDay: inputNumber(rules.midMonthReminderDay, decimalComma),
    completionMeetings: inputNumber(rules.completion.minMeetings, decimalComma),
    completionHours: inputNumber(rules.completion.minHours, decimalComma),
    completionGatherings: inputNumber(rules.completion.minGatherings, decimalComma),
    retentionMonths: inputNumber(rules.retentionMonths, decimalComma),
  };
}

const RULE_BOUND: Record<RuleField, { min: number; max: number; integer: boolean }> = {
  minMeetingsPerMonth: RULE_BOUNDS.minMeetingsPerMonth,
  minMeetingMinutes: RULE_BOUNDS.minMeetingMinutes,
  maxDistanceKm: RULE_BOUNDS.maxDistanceKm,
  weightProfession: RULE_BOUNDS.weight,
  weightLanguage: RULE_BOUNDS.weight,
  weightLocation: RULE_BOUNDS.weight,
  midMonthReminderDay: RULE_BOUNDS.midMonthReminderDay,
  completionMeetings: RULE_BOUNDS.completionMeetings,
  completionHours: RULE_BOUNDS.completionHours,
  completionGatherings: RULE_BOUNDS.completionGatherings,
  retentionMonths: RULE_BOUNDS.retentionMonths,
};

function sameRules(a: ProgrammeRules, b: ProgrammeRules): boolean {
  return (
    a.minMeetingsPerMonth === b.minMeetingsPerMonth &&
    a.minMeetingMinutes === b.minMeetingMinutes &&
    a.maxDistanceKm === b.maxDistanceKm &&
    a.midMonthReminderDay === b.midMonthReminderDay &&
    a.weights.profession === b.weights.profession &&
    a.weights.language === b.weights.language &&
    a.weights.location === b.weights.location &&
    a.completion.minMeetings === b.completion.minMeetings &&
    a.completion.minHours === b.completion.minHours &&
    a.completion.minGatherings === b.completion.minGatherings &&
    a.requireScreening === b.requireScreening &&
    a.exemptMonths.join() === b.exemptMonths.join() &&
    a.retentionMonths === b.retentionMonths
  );
}

function ProgrammeForm({ programme }: { programme?: Programme }) {
  const { t, f, language } = useI18n();
  const m = t.programmes.form;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const decimalComma = language !== 'en';
  const [values, setValues] = useState<FormValues>(() => ({
    name: programme?.name ?? '',
    startDate: programme?.startDate ?? '',
    endDate: programme?.endDate ?? '',
    municipalityCodes: programme?.municipalityCodes ?? [],
    timezone: programme?.timezone ?? DEFAULT_TIME_ZONE,
    rules: rulesValues(programme?.rules ?? DEFAULT_RULES, decimalComma),
    requireScreening: (programme?.rules ?? DEFAULT_RULES).requireScreening,
    exemptMonths: [...(programme?.rules ?? DEFAULT_RULES).exemptMonths],
  }));
  // A new programme's end follows its start (8 months on) until the person sets it.
  const [endTouched, setEndTouched] = useState(Boolean(programme));
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, string>>>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const defaultEnd = isCalendarDay(values.startDate) ? addMonths(values.startDate, DEFAULT_MONTHS) : null;
  const endDate = endTouched ? values.endDate : (defaultEnd ?? '');
  const set = (field: 'name' | 'startDate' | 'timezone') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const setRule = (field: RuleField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, rules: { ...current.rules, [field]: event.target.value } }));
  const toggleExemptMonth = (month: number, on: boolean) =>
    setValues((current) => ({
      ...current,
      exemptMonths: on
        ? [...current.exemptMonths.filter((x) => x !== month), month].sort((a, b) => a - b)
        : current.exemptMonths.filter((x) => x !== month),
    }));
  const toggleMunicipality = (code: string, on: boolean) =>
    setValues((current) => ({
      ...current,
      municipalityCodes: on
        ? [...current.municipalityCodes.filter((c) => c !== code), code]
        : current.municipalityCodes.filter((c) => c !== code),
    }));

  function parsedRules(found: Partial<Record<ErrorKey, string>>): ProgrammeRules {
    const number = (field: RuleField): number => {
      const bound = RULE_BOUND[field];
      const value = parseNumber(values.rules[field]);
      if (!values.rules[field].trim()) found[field] = m.errors.required;
      else if (
        Number.isNaN(value) ||
        value < bound.min ||
        value > bound.max ||
        (bound.integer && !Number.isInteger(value))
      ) {
        found[field] = bound.integer
          ? m.errors.integer(f.number(bound.min), f.number(bound.max))
          : m.errors.number(f.number(bound.min), f.number(bound.max));
      }
      return value;
    };
    const rules: ProgrammeRules = {
      minMeetingsPerMonth: number('minMeetingsPerMonth'),
      minMeetingMinutes: number('minMeetingMinutes'),
      maxDistanceKm: number('maxDistanceKm'),
      weights: {
        profession: number('weightProfession'),
        language: number('weightLanguage'),
        location: number('weightLocation'),
      },
      midMonthReminderDay: number('midMonthReminderDay'),
      completion: {
        minMeetings: number('completionMeetings'),
        minHours: number('completionHours'),
        minGatherings: number('completionGatherings'),
      },
      requireScreening: values.requireScreening,
      exemptMonths: [...values.exemptMonths].sort((a, b) => a - b),
      retentionMonths: number('retentionMonths'),
    };
    const weightsRead = !found.weightProfession && !found.weightLanguage && !found.weightLocation;
    if (weightsRead && rules.weights.profession + rules.weights.language + rules.weights.location <= 0) {
      found.weights = m.errors.weightsZero;
    }
    return rules;
  }

  function check(): { found: Partial<Record<ErrorKey, string>>; rules: ProgrammeRules } {
    const found: Partial<Record<ErrorKey, string>> = {};
    if (!values.name.trim()) found.name = m.errors.required;
    if (!isCalendarDay(values.startDate)) found.startDate = values.startDate ? m.errors.date : m.errors.required;
    if (!isCalendarDay(endDate)) found.endDate = endDate ? m.errors.date : m.errors.required;
    else if (!found.startDate && endDate <= values.startDate) found.endDate = m.errors.endBeforeStart;
    if (values.municipalityCodes.length === 0) found.municipalityCodes = m.errors.municipalities;
    if (!isTimeZone(values.timezone.trim())) found.timezone = m.errors.timezone;
    return { found, rules: parsedRules(found) };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { found, rules } = check();
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const saved = programme ? await update(programme, rules) : await create(rules);
      await queryClient.invalidateQueries({ queryKey: ['programmes'] });
      void navigate(`/programmes/${saved.id}`);
    } catch (error) {
      const byPath = pathErrors(error, t, Object.keys(API_FIELDS));
      const placed: Partial<Record<ErrorKey, string>> = {};
      for (const [path, text] of Object.entries(byPath)) {
        const key = API_FIELDS[path] ?? 'form';
        placed[key] = placed[key] ? `${placed[key]} ${text}` : text;
      }
      setErrors(placed);
      focusFirstInvalid(form.current);
    } finally {
      setBusy(false);
    }
  }

  async function create(rules: ProgrammeRules): Promise<Programme> {
    return unwrap(
      await api.POST('/api/v1/programmes', {
        body: {
          name: values.name.trim(),
          startDate: values.startDate,
          endDate,
          municipalityCodes: values.municipalityCodes,
          timezone: values.timezone.trim(),
          rules,
        },
      }),
    );
  }

  async function update(current: Programme, rules: ProgrammeRules): Promise<Programme> {
    // Only what changed: moving a date moves the standard gatherings, so an unchanged one is not sent.
    const patch: Schemas['UpdateProgrammeDto'] = {};
    if (values.name.trim() !== current.name) patch.name = values.name.trim();
    if (values.startDate !== current.startDate) patch.startDate = values.startDate;
    if (endDate !== current.endDate) patch.endDate = endDate;
    if ([...values.municipalityCodes].sort().join() !== [...current.municipalityCodes].sort().join()) {
      patch.municipalityCodes = values.municipalityCodes;
    }
    if (values.timezone.trim() !== current.timezone) patch.timezone = values.timezone.trim();
    if (!sameRules(rules, current.rules)) patch.rules = rules;
    if (Object.keys(patch).length === 0) return current;
    return unwrap(await api.PATCH('/api/v1/programmes/{id}', { params: { path: { id: current.id } }, body: patch }));
  }

  const known = municipalities.data ? [...municipalities.data.values()] : [];
  const vesteralen = VESTERALEN.map((code) => municipalities.data?.get(code)).filter((x) => x !== undefined);
  const others = known
    .filter((municipality) => !VESTERALEN.includes(municipality.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const selectedOthers = others.filter((municipality) => values.municipalityCodes.includes(municipality.code)).length;
  const shares = weightShares({
    profession: parseNumber(values.rules.weightProfession) || 0,
    language: parseNumber(values.rules.weightLanguage) || 0,
    location: parseNumber(values.rules.weightLocation) || 0,
  });
  const decimal = (value: number) => f.number(value, 1);

  const ruleField = (field: RuleField, label: string, help?: string, suffix?: string) => (
    <Textfield
      label={label}
      description={help}
      inputMode={RULE_BOUND[field].integer ? 'numeric' : 'decimal'}
      suffix={suffix}
      value={values.rules[field]}
      onChange={setRule(field)}
      error={errors[field]}
    />
  );

  return (
    <form ref={form} className="stack narrow-form" noValidate onSubmit={(event) => void submit(event)}>
      {errors.form ? (
        <Alert data-color="danger" role="alert">
          {errors.form}
        </Alert>
      ) : null}
      <Textfield
        label={m.name}
        description={m.nameHelp}
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="off"
      />
      <div className="rule-fields">
        <Textfield
          label={m.startDate}
          description={m.startDateHelp}
          type="date"
          value={values.startDate}
          onChange={set('startDate')}
          error={errors.startDate}
        />
        <Textfield
          label={m.endDate}
          description={m.endDateHelp(defaultEnd ? f.day(defaultEnd) : null)}
          type="date"
          value={endDate}
          onChange={(event) => {
            setEndTouched(true);
            setValues((current) => ({ ...current, endDate: event.target.value }));
          }}
          error={errors.endDate}
        />
      </div>
      {programme ? <Paragraph data-size="sm">{m.datesMoveGatherings}</Paragraph> : null}

      <Fieldset aria-invalid={errors.municipalityCodes ? true : undefined}>
        <Fieldset.Legend>
          <Heading level={2} data-size="xs">
            {m.municipalities}
          </Heading>
        </Fieldset.Legend>
        <Fieldset.Description>{m.municipalitiesHelp}</Fieldset.Description>
        {municipalities.isPending ? <Loading /> : null}
        {municipalities.isError ? <LoadError error={municipalities.error} /> : null}
        {vesteralen.length ? (
          <>
            <Heading level={3} data-size="2xs">
              {m.vesteralen}
            </Heading>
            <ul className="municipality-list">
              {vesteralen.map((municipality) => (
                <li key={municipality.code}>
                  <Checkbox
                    label={municipality.name}
                    value={municipality.code}
                    checked={values.municipalityCodes.includes(municipality.code)}
                    onChange={(event) => toggleMunicipality(municipality.code, event.target.checked)}
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {others.length ? (
          <Details defaultOpen={selectedOthers > 0}>
            <Details.Summary>
              {m.otherMunicipalities} ({m.selected(selectedOthers)})
            </Details.Summary>
            <Details.Content>
              <ul className="municipality-list">
                {others.map((municipality) => (
                  <li key={municipality.code}>
                    <Checkbox
                      label={municipality.name}
                      value={municipality.code}
                      checked={values.municipalityCodes.includes(municipality.code)}
                      onChange={(event) => toggleMunicipality(municipality.code, event.target.checked)}
                    />
                  </li>
                ))}
              </ul>
            </Details.Content>
          </Details>
        ) : null}
        {errors.municipalityCodes ? <ValidationMessage>{errors.municipalityCodes}</ValidationMessage> : null}
      </Fieldset>

      <Textfield
        label={m.timezone}
        description={m.timezoneHelp}
        value={values.timezone}
        onChange={set('timezone')}
        error={errors.timezone}
        autoComplete="off"
        spellCheck={false}
      />

      <Fieldset>
        <Fieldset.Legend>
          <Heading level={2} data-size="xs">
            {m.rules}
          </Heading>
        </Fieldset.Legend>
        <Fieldset.Description>{m.rulesIntro}</Fieldset.Description>
        {errors.rules ? <ValidationMessage>{errors.rules}</ValidationMessage> : null}
        <div className="stack">
          <div className="rule-fields">
            {ruleField('minMeetingsPerMonth', m.minMeetingsPerMonth, m.minMeetingsPerMonthHelp)}
            {ruleField('minMeetingMinutes', m.minMeetingMinutes, m.minMeetingMinutesHelp, m.minutes)}
            {ruleField('maxDistanceKm', m.maxDistanceKm, m.maxDistanceKmHelp, 'km')}
            {ruleField('midMonthReminderDay', m.midMonthReminderDay, m.midMonthReminderDayHelp)}
            {ruleField('retentionMonths', m.retentionMonths, m.retentionMonthsHelp, m.months)}
          </div>
          <Fieldset>
            <Fieldset.Legend>{m.weights}</Fieldset.Legend>
            <Fieldset.Description>
              {m.weightsHelp(
                decimal(DEFAULT_RULES.weights.profession),
                decimal(DEFAULT_RULES.weights.language),
                decimal(DEFAULT_RULES.weights.location),
              )}
            </Fieldset.Description>
            <div className="weight-fields">
              {ruleField('weightProfession', m.weightProfession, m.weightShare(f.percent(shares.profession)))}
              {ruleField('weightLanguage', m.weightLanguage, m.weightShare(f.percent(shares.language)))}
              {ruleField('weightLocation', m.weightLocation, m.weightShare(f.percent(shares.location)))}
            </div>
            {errors.weights ? <ValidationMessage>{errors.weights}</ValidationMessage> : null}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{m.completion}</Fieldset.Legend>
            <Fieldset.Description>
              {m.completionHelp(
                DEFAULT_RULES.completion.minMeetings,
                DEFAULT_RULES.completion.minHours,
                DEFAULT_RULES.completion.minGatherings,
              )}
            </Fieldset.Description>
            <div className="weight-fields">
              {ruleField('completionMeetings', m.completionMeetings)}
              {ruleField('completionHours', m.completionHours)}
              {ruleField('completionGatherings', m.completionGatherings)}
            </div>
          </Fieldset>
          <Checkbox
            label={m.requireScreening}
            description={m.requireScreeningHelp}
            name="requireScreening"
            checked={values.requireScreening}
            onChange={(event) => setValues((current) => ({ ...current, requireScreening: event.target.checked }))}
          />
          <Fieldset aria-invalid={errors.exemptMonths ? true : undefined}>
            <Fieldset.Legend>{m.exemptMonths}</Fieldset.Legend>
            <Fieldset.Description>{m.exemptMonthsHelp}</Fieldset.Description>
            <ul className="month-checkboxes">
              {MONTHS.map((month) => (
                <li key={month}>
                  <Checkbox
                    label={f.monthName(month)}
                    value={String(month)}
                    checked={values.exemptMonths.includes(month)}
                    onChange={(event) => toggleExemptMonth(month, event.target.checked)}
                  />
                </li>
              ))}
            </ul>
            {errors.exemptMonths ? <ValidationMessage>{errors.exemptMonths}</ValidationMessage> : null}
          </Fieldset>
          <div>
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() =>
                setValues((current) => ({
                  ...current,
                  rules: rulesValues(DEFAULT_RULES, decimalComma),
                  requireScreening: DEFAULT_RULES.requireScreening,
                  exemptMonths: [...DEFAULT_RULES.exemptMonths],
                }))
              }
            >
              {m.resetRules}
            </Button>
          </div>
        </div>
      </Fieldset>

      <div className="row">
        <Button type="submit" disabled={busy}>
          {programme ? m.save : m.create}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => void navigate(programme ? `/programmes/${programme.id}` : '/programmes')}
        >
          {t.app.cancel}
        </Button>
      </div>
    </form>
  );
}
