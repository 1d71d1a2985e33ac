import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMunicipalities, type Programme } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldErrors } from '../ui/api-errors.js';
import type { CsvColumn } from './csv-template.js';
import { languageOptions } from './iso-languages.js';
import { LanguagePicker, type LanguageSkill } from './language-picker.js';
import {
  CATEGORIES,
  createParticipant,
  EMPLOYMENT_STATUSES,
  GENDERS,
  refreshParticipants,
  updateParticipant,
  type CreateParticipant,
  type EmploymentStatus,
  type Gender,
  type MenteeCategory,
  type Participant,
  type ParticipantRole,
  type ProfessionTitle,
  type UpdateParticipant,
} from './participants-api.js';
import { ProfessionSearch } from './profession-search.js';
import './participants.css';

interface Draft {
  role: ParticipantRole;
  name: string;
  email: string;
  phone: string;
  municipalityCode: string;
  preferredLanguage: string;
  languages: LanguageSkill[];
  professionCode: string | null;
  professionTitle: ProfessionTitle | null;
  desiredProfessionCode: string | null;
  desiredProfessionTitle: ProfessionTitle | null;
  capacity: string;
  category: MenteeCategory | '';
  gender: Gender | '';
  wantsSameGender: boolean;
  employmentStatusAtStart: EmploymentStatus | '';
  birthYear: string;
}

type Errors = Partial<Record<CsvColumn | 'form', string>>;

function draftOf(participant: Participant | undefined, municipalities: string[]): Draft {
  if (!participant) {
    return {
      role: 'mentee',
      name: '',
      email: '',
      phone: '',
      municipalityCode: municipalities.length === 1 ? municipalities[0] : '',
      preferredLanguage: 'nb',
      languages: [],
      professionCode: null,
      professionTitle: null,
      desiredProfessionCode: null,
      desiredProfessionTitle: null,
      capacity: '1',
      category: '',
      gender: '',
      wantsSameGender: false,
      employmentStatusAtStart: '',
      birthYear: '',
    };
  }
  return {
    role: participant.role,
    name: participant.name,
    email: participant.email ?? '',
    phone: participant.phone ?? '',
    municipalityCode: participant.municipalityCode,
    preferredLanguage: participant.preferredLanguage,
    languages: participant.languages,
    professionCode: participant.professionCode,
    professionTitle: participant.professionTitle,
    desiredProfessionCode: participant.desiredProfessionCode,
    desiredProfessionTitle: participant.desiredProfessionTitle ?? null,
    capacity: String(participant.capacity),
    category: participant.category ?? '',
    gender: participant.gender ?? '',
    wantsSameGender: participant.wantsSameGender,
    employmentStatusAtStart: participant.employmentStatusAtStart ?? '',
    birthYear: participant.birthYear === null ? '' : String(participant.birthYear),
  };
}

/** The fields of the draft that belong to its role, as the API takes them; cleared optional fields as null on a change. */
function bodyOf(draft: Draft, editing: boolean): Record<string, unknown> {
  const optional = (value: string | null) => (value ? value : editing ? null : undefined);
  const body: Record<string, unknown> = {
    name: draft.name.trim(),
    email: draft.email.trim(),
    phone: optional(draft.phone.trim()),
    municipalityCode: draft.municipalityCode,
    preferredLanguage: draft.preferredLanguage,
    languages: draft.languages,
    professionCode: draft.professionCode,
    gender: optional(draft.gender),
    birthYear: draft.birthYear.trim() ? Number(draft.birthYear.trim()) : editing ? null : undefined,
  };
  if (draft.role === 'mentor') {
    body.capacity = Number(draft.capacity);
  } else {
    body.desiredProfessionCode = optional(draft.desiredProfessionCode);
    body.category = optional(draft.category);
    body.wantsSameGender = draft.wantsSameGender;
    body.employmentStatusAtStart = optional(draft.employmentStatusAtStart);
  }
  if (!editing) body.role = draft.role;
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

/**
 * Add a participant to a programme, or change one: every field of the API's participant, those of
 * the other role hidden. Checked here first for what is plainly missing; the API's answer is put
 * beside the field it names, in the reader's language, and an error summary (focused) links to each.
 */
export function ParticipantForm({
  programme,
  participant,
  onDone,
  onCancel,
}: {
  programme: Programme;
  /** The participant to change; without one, a new participant. */
  participant?: Participant;
  onDone: (participant: Participant) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const m = t.participants.form;
  const fields = t.participants.fields;
  const user = useUser();
  const municipalities = useMunicipalities();
  const queryClient = useQueryClient();
  const id = useId();
  const editing = participant !== undefined;

  // A coordinator registers people in their own municipalities only.
  const municipalityCodes = useMemo(
    () =>
      user.role === 'coordinator'
        ? programme.municipalityCodes.filter(
            (code) => user.municipalityCodes.includes(code) || code === participant?.municipalityCode,
          )
        : programme.municipalityCodes,
    [programme.municipalityCodes, user, participant?.municipalityCode],
  );
  const [draft, setDraft] = useState<Draft>(() => draftOf(participant, municipalityCodes));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => (e[key as CsvColumn] ? { ...e, [key]: undefined } : e));
  };
  const fieldId = (field: CsvColumn) => `${id}-${field}`;

  const check = (): Errors => {
    const found: Errors = {};
    if (!draft.name.trim()) found.name = m.required;
    if (!draft.email.trim()) found.email = m.required;
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) found.email = m.emailInvalid;
    if (!draft.municipalityCode) found.municipalityCode = m.required;
    if (draft.languages.length === 0) found.languages = t.participants.languages.atLeastOne;
    if (!draft.professionCode) found.professionCode = m.pickProfession;
    if (draft.role === 'mentor') {
      const capacity = Number(draft.capacity);
      if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10) found.capacity = m.capacityRange;
    }
    if (draft.role === 'mentee' && draft.wantsSameGender && !draft.gender) found.gender = m.genderNeeded;
    if (draft.birthYear.trim()) {
      const year = Number(draft.birthYear.trim());
      if (!Number.isInteger(year) || year < 1900 || year > new Date().getFullYear()) found.birthYear = m.birthYearRange;
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((a) => a + 1);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body = bodyOf(draft, editing);
      const saved = participant
        ? await updateParticipant(participant.id, body as UpdateParticipant)
        : await createParticipant(programme.id, body as unknown as CreateParticipant);
      await refreshParticipants(queryClient);
      onDone(saved);
    } catch (error) {
      setErrors(fieldErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.entries(errors) as [CsvColumn | 'form', string | undefined][]).filter(
    (entry): entry is [CsvColumn | 'form', string] => Boolean(entry[1]),
  );
  const target = (field: CsvColumn | 'form') => {
    if (field === 'form') return null;
    if (field === 'languages') return `${fieldId('languages')}-add`;
    return fieldId(field);
  };

  const municipalityName = (code: string) => municipalities.data?.get(code)?.name ?? code;
  const languages = languageOptions(language);
  const helpOf = (field: CsvColumn): string | undefined =>
    (t.participants.help as Partial<Record<string, string>>)[field];

  const text = (
    field: 'name' | 'email' | 'phone',
    type: 'text' | 'email' | 'tel',
    extra: { autoComplete?: string } = {},
  ): ReactNode => (
    <Textfield
      id={fieldId(field)}
      label={fields[field]}
      description={helpOf(field)}
      type={type}
      value={draft[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errors[field]}
      {...extra}
    />
  );

  return (
    <section className="participant-form" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {editing ? m.editTitle(participant.name) : m.addTitle}
      </Heading>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        {summary.length ? (
          <ErrorSummary key={attempt}>
            <Heading level={3} data-size="xs">
              {m.summary}
            </Heading>
            <ErrorSummary.List>
              {summary.map(([field, message]) => {
                const anchor = target(field);
                return (
                  <ErrorSummary.Item key={field}>
                    {anchor ? (
                      <ErrorSummary.Link
                        href={`#${anchor}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(anchor)?.focus();
                        }}
                      >
                        {fields[field as CsvColumn]}: {message}
                      </ErrorSummary.Link>
                    ) : (
                      message
                    )}
                  </ErrorSummary.Item>
                );
              })}
            </ErrorSummary.List>
          </ErrorSummary>
        ) : null}

        {editing ? null : (
          <Fieldset>
            <Fieldset.Legend>{fields.role}</Fieldset.Legend>
            <div className="row">
              {(['mentee', 'mentor'] as const).map((role) => (
                <Radio
                  key={role}
                  name={`${id}-role`}
                  value={role}
                  label={t.participants.roles[role]}
                  description={t.participants.roleHelp[role]}
                  checked={draft.role === role}
                  onChange={() => set('role', role)}
                />
              ))}
            </div>
          </Fieldset>
        )}

        <div className="form-grid">
          {text('name', 'text', { autoComplete: 'off' })}
          {text('email', 'email', { autoComplete: 'off' })}
          {text('phone', 'tel', { autoComplete: 'off' })}
          <Field>
            <Label>{fields.municipalityCode}</Label>
            <Select
              id={fieldId('municipalityCode')}
              value={draft.municipalityCode}
              aria-invalid={errors.municipalityCode ? true : undefined}
              onChange={(event) => set('municipalityCode', event.target.value)}
            >
              <Select.Option value="">{m.chooseMunicipality}</Select.Option>
              {municipalityCodes.map((code) => (
                <Select.Option key={code} value={code}>
                  {municipalityName(code)}
                </Select.Option>
              ))}
            </Select>
            {errors.municipalityCode ? <ValidationMessage>{errors.municipalityCode}</ValidationMessage> : null}
          </Field>
          <Field>
            <Label>{fields.preferredLanguage}</Label>
            <Field.Description>{t.participants.help.preferredLanguage}</Field.Description>
            <Select
              id={fieldId('preferredLanguage')}
              value={draft.preferredLanguage}
              aria-invalid={errors.preferredLanguage ? true : undefined}
              onChange={(event) => set('preferredLanguage', event.target.value)}
            >
              {languages.map((option) => (
                <Select.Option key={option.code} value={option.code}>
                  {option.name} ({option.code})
                </Select.Option>
              ))}
            </Select>
            {errors.preferredLanguage ? <ValidationMessage>{errors.preferredLanguage}</ValidationMessage> : null}
          </Field>
          <Field>
            <Label>{fields.gender}</Label>
            <Select
              id={fieldId('gender')}
              value={draft.gender}
              aria-invalid={errors.gender ? true : undefined}
              onChange={(event) => set('gender', event.target.value as Gender | '')}
            >
              <Select.Option value="">{m.notGiven}</Select.Option>
              {GENDERS.map((gender) => (
                <Select.Option key={gender} value={gender}>
                  {t.participants.genders[gender]}
                </Select.Option>
              ))}
            </Select>
            {errors.gender ? <ValidationMessage>{errors.gender}</ValidationMessage> : null}
          </Field>
        </div>

        <LanguagePicker
          addId={`${fieldId('languages')}-add`}
          label={fields.languages}
          description={t.participants.help.languages}
          value={draft.languages}
          onChange={(next) => set('languages', next)}
          error={errors.languages}
        />

        <div className="form-grid">
          <ProfessionSearch
            inputId={fieldId('professionCode')}
            label={fields.professionCode}
            description={t.participants.help.professionCode}
            code={draft.professionCode}
            title={draft.professionTitle}
            onChange={(code, title) => {
              set('professionCode', code);
              set('professionTitle', title);
            }}
            error={errors.professionCode}
          />
          {draft.role === 'mentee' ? (
            <ProfessionSearch
              inputId={fieldId('desiredProfessionCode')}
              label={fields.desiredProfessionCode}
              description={t.participants.help.desiredProfessionCode}
              code={draft.desiredProfessionCode}
              title={draft.desiredProfessionTitle}
              clearable
              onChange={(code, title) => {
                set('desiredProfessionCode', code);
                set('desiredProfessionTitle', title);
              }}
              error={errors.desiredProfessionCode}
            />
          ) : null}
        </div>

        <div className="form-grid">
          <Textfield
            id={fieldId('birthYear')}
            label={fields.birthYear}
            description={t.participants.help.birthYear}
            type="number"
            inputMode="numeric"
            min={1900}
            max={new Date().getFullYear()}
            value={draft.birthYear}
            onChange={(event) => set('birthYear', event.target.value)}
            error={errors.birthYear}
          />
        </div>

        {draft.role === 'mentor' ? (
          <div className="form-grid">
            <Textfield
              id={fieldId('capacity')}
              label={fields.capacity}
              description={t.participants.help.capacity}
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              value={draft.capacity}
              onChange={(event) => set('capacity', event.target.value)}
              error={errors.capacity}
            />
          </div>
        ) : (
          <div className="form-grid">
            <Field>
              <Label>{fields.category}</Label>
              <Field.Description>{t.participants.help.category}</Field.Description>
              <Select
                id={fieldId('category')}
                value={draft.category}
                aria-invalid={errors.category ? true : undefined}
                onChange={(event) => set('category', event.target.value as MenteeCategory | '')}
              >
                <Select.Option value="">{m.notGiven}</Select.Option>
                {CATEGORIES.map((category) => (
                  <Select.Option key={category} value={category}>
                    {t.participants.categories[category]}
                  </Select.Option>
                ))}
              </Select>
              {errors.category ? <ValidationMessage>{errors.category}</ValidationMessage> : null}
            </Field>
            <Field>
              <Label>{fields.employmentStatusAtStart}</Label>
              <Select
                id={fieldId('employmentStatusAtStart')}
                value={draft.employmentStatusAtStart}
                aria-invalid={errors.employmentStatusAtStart ? true : undefined}
                onChange={(event) => set('employmentStatusAtStart', event.target.value as EmploymentStatus | '')}
              >
                <Select.Option value="">{m.notGiven}</Select.Option>
                {EMPLOYMENT_STATUSES.map((status) => (
                  <Select.Option key={status} value={status}>
                    {t.participants.employment[status]}
                  </Select.Option>
                ))}
              </Select>
              {errors.employmentStatusAtStart ? (
                <ValidationMessage>{errors.employmentStatusAtStart}</ValidationMessage>
              ) : null}
            </Field>
            <div className="wide">
              <Checkbox
                id={fieldId('wantsSameGender')}
                label={fields.wantsSameGender}
                description={t.participants.help.wantsSameGender}
                checked={draft.wantsSameGender}
                onChange={(event) => set('wantsSameGender', event.target.checked)}
                error={errors.wantsSameGender}
              />
            </div>
          </div>
        )}

        {errors.form ? <ValidationMessage>{errors.form}</ValidationMessage> : null}
        <div className="row">
          <Button type="submit" disabled={busy} aria-disabled={busy || undefined}>
            {busy ? m.saving : editing ? m.submitEdit : m.submitAdd}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t.app.cancel}
          </Button>
        </div>
      </form>
    </section>
  );
}
