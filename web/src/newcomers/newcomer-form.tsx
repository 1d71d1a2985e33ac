import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { languageOptions } from '../participants/iso-languages.js';
import { LanguagePicker, type LanguageSkill } from '../participants/language-picker.js';
import {
  CATEGORIES,
  GENDERS,
  useProfessionGroups,
  type Gender,
  type ProfessionTitle,
} from '../participants/participants-api.js';
import { ProfessionSearch } from '../participants/profession-search.js';
import { fieldErrors } from '../ui/api-errors.js';
import {
  createNewcomer,
  EDUCATION_LEVELS,
  GUIDANCE_STATUSES,
  RECOGNITIONS,
  refreshNewcomers,
  updateNewcomer,
  type Category,
  type CreateNewcomer,
  type EducationLevel,
  type GuidanceStatus,
  type Newcomer,
  type Recognition,
  type UpdateNewcomer,
} from './newcomers-api.js';
import './newcomers.css';

interface Draft {
  name: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  languages: LanguageSkill[];
  category: Category | '';
  arrivalMonth: string;
  gender: Gender | '';
  birthYear: string;
  professionCode: string | null;
  desiredProfessionCode: string | null;
  educationLevel: EducationLevel | '';
  educationField: string;
  educationCountry: string;
  recognition: Recognition | '';
  workYears: string;
  inIntroductionProgramme: boolean;
  guidanceStatus: GuidanceStatus;
  referredOn: string;
  doneOn: string;
  consentRegister: boolean;
  consentInvitations: boolean;
  consentMentorProgramme: boolean;
  givenOn: string;
}

/** The fields an error can name (the API's top-level names), and the form itself. */
type ErrorField =
  | 'name'
  | 'email'
  | 'phone'
  | 'preferredLanguage'
  | 'languages'
  | 'category'
  | 'arrivalMonth'
  | 'gender'
  | 'birthYear'
  | 'professionCode'
  | 'desiredProfessionCode'
  | 'education'
  | 'workYears'
  | 'inIntroductionProgramme'
  | 'careerGuidance'
  | 'consent'
  | 'form';
type Errors = Partial<Record<ErrorField, string>>;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

function draftOf(n: Newcomer | undefined): Draft {
  return {
    name: n?.name ?? '',
    email: n?.email ?? '',
    phone: n?.phone ?? '',
    preferredLanguage: n?.preferredLanguage ?? 'en',
    languages: n?.languages ?? [],
    category: n?.category ?? '',
    arrivalMonth: n?.arrivalMonth ?? '',
    gender: n?.gender ?? '',
    birthYear: n?.birthYear ? String(n.birthYear) : '',
    professionCode: n?.professionCode ?? null,
    desiredProfessionCode: n?.desiredProfessionCode ?? null,
    educationLevel: n?.education?.level ?? '',
    educationField: n?.education?.field ?? '',
    educationCountry: n?.education?.country ?? '',
    recognition: n?.education?.recognition ?? '',
    workYears: n?.workYears === null || n?.workYears === undefined ? '' : String(n.workYears),
    inIntroductionProgramme: n?.inIntroductionProgramme ?? false,
    guidanceStatus: n?.careerGuidance.status ?? 'not_referred',
    referredOn: n?.careerGuidance.referredOn ?? '',
    doneOn: n?.careerGuidance.doneOn ?? '',
    consentRegister: n?.consent.register ?? false,
    consentInvitations: n?.consent.invitations ?? false,
    consentMentorProgramme: n?.consent.mentorProgramme ?? false,
    givenOn: n?.consent.givenOn ?? today(),
  };
}

/** The draft as the API takes it; a cleared optional field is null on a change, left out on a registration. */
export function bodyOf(draft: Draft, editing: boolean): Record<string, unknown> {
  const optional = <T,>(value: T | null | '') =>
    value === '' || value === null ? (editing ? null : undefined) : value;
  const mapped = !draft.inIntroductionProgramme;
  const body: Record<string, unknown> = {
    name: draft.name.trim(),
    email: optional(draft.email.trim()),
    phone: optional(draft.phone.trim()),
    preferredLanguage: draft.preferredLanguage,
    languages: draft.languages,
    category: draft.category,
    arrivalMonth: draft.arrivalMonth.trim(),
    gender: optional(draft.gender),
    birthYear: optional(draft.birthYear.trim() === '' ? '' : Number(draft.birthYear)),
    professionCode: optional(draft.professionCode),
    desiredProfessionCode: optional(draft.desiredProfessionCode),
    education:
      mapped && draft.educationLevel
        ? {
            level: draft.educationLevel,
            recognition: draft.recognition || undefined,
            field: draft.educationField.trim() || undefined,
            country: draft.educationCountry.trim().toUpperCase() || undefined,
          }
        : optional(null),
    workYears: mapped ? optional(draft.workYears.trim() === '' ? '' : Number(draft.workYears)) : optional(null),
    inIntroductionProgramme: draft.inIntroductionProgramme,
    careerGuidance: {
      status: draft.guidanceStatus,
      referredOn: draft.guidanceStatus === 'not_referred' ? undefined : draft.referredOn || undefined,
      doneOn: draft.guidanceStatus === 'done' ? draft.doneOn || undefined : undefined,
    },
    consent: {
      register: draft.consentRegister,
      invitations: draft.consentInvitations,
      mentorProgramme: draft.consentMentorProgramme,
      givenOn: draft.givenOn,
    },
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

/**
 * Register a newcomer in a municipality, or change one: contact and languages, residence basis,
 * the light competence mapping (hidden for those in the introduction programme, whose mapping is
 * the state's), career guidance and consent per purpose. The API's errors stand beside the field
 * they name, and an error summary (focused) links to each.
 */
export function NewcomerForm({
  code,
  newcomer,
  onDone,
  onCancel,
}: {
  code: string;
  newcomer?: Newcomer;
  onDone: (newcomer: Newcomer) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const m = t.newcomers;
  const fields = m.fields;
  const queryClient = useQueryClient();
  const professions = useProfessionGroups();
  const id = useId();
  const editing = newcomer !== undefined;
  const [draft, setDraft] = useState<Draft>(() => draftOf(newcomer));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K], field?: ErrorField) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const named = field ?? (key as ErrorField);
    setErrors((e) => (e[named] ? { ...e, [named]: undefined } : e));
  };
  const fieldId = (field: ErrorField) => `${id}-${field}`;

  const check = (): Errors => {
    const found: Errors = {};
    if (!draft.name.trim()) found.name = m.required;
    if (draft.languages.length === 0) found.languages = t.participants.languages.atLeastOne;
    if (!draft.category) found.category = m.required;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(draft.arrivalMonth.trim())) found.arrivalMonth = m.help.arrivalMonth;
    if (draft.birthYear.trim() && !/^\d{4}$/.test(draft.birthYear.trim())) found.birthYear = m.help.birthYear;
    if (draft.workYears.trim() && !/^\d{1,2}$/.test(draft.workYears.trim())) found.workYears = m.help.workYears;
    if (!draft.consentRegister) found.consent = m.help.consentRegister;
    if (draft.educationLevel && !draft.recognition && !draft.inIntroductionProgramme) found.education = m.required;
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
      const saved = newcomer
        ? await updateNewcomer(newcomer.id, body as UpdateNewcomer)
        : await createNewcomer(code, body as unknown as CreateNewcomer);
      await refreshNewcomers(queryClient);
      onDone(saved);
    } catch (error) {
      setErrors(fieldErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.entries(errors) as [ErrorField, string | undefined][]).filter(
    (entry): entry is [ErrorField, string] => Boolean(entry[1]),
  );
  const target = (field: ErrorField) => {
    if (field === 'form') return null;
    if (field === 'languages') return `${fieldId('languages')}-add`;
    return fieldId(field);
  };
  const languages = languageOptions(language);
  const titleOf = (code: string | null): ProfessionTitle | null =>
    code ? (professions.data?.get(code) ?? null) : null;
  const error = (field: ErrorField) => (errors[field] ? <ValidationMessage>{errors[field]}</ValidationMessage> : null);

  return (
    <section className="newcomer-form" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {editing ? m.editTitle(newcomer.name) : m.addTitle}
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
                        {fields[field] ?? field}: {message}
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

        <Fieldset>
          <Fieldset.Legend>{fields.consent}</Fieldset.Legend>
          <Checkbox
            id={fieldId('consent')}
            label={fields.consentRegister}
            description={m.help.consentRegister}
            checked={draft.consentRegister}
            onChange={(event) => set('consentRegister', event.target.checked, 'consent')}
          />
          <Checkbox
            label={fields.consentInvitations}
            checked={draft.consentInvitations}
            onChange={(event) => set('consentInvitations', event.target.checked, 'consent')}
          />
          <Checkbox
            label={fields.consentMentorProgramme}
            checked={draft.consentMentorProgramme}
            onChange={(event) => set('consentMentorProgramme', event.target.checked, 'consent')}
          />
          <Textfield
            label={fields.givenOn}
            type="date"
            value={draft.givenOn}
            max={today()}
            onChange={(event) => set('givenOn', event.target.value, 'consent')}
          />
          {error('consent')}
        </Fieldset>

        <div className="form-grid">
          <Textfield
            id={fieldId('name')}
            label={fields.name}
            value={draft.name}
            autoComplete="off"
            onChange={(event) => set('name', event.target.value)}
            error={errors.name}
          />
          <Textfield
            id={fieldId('email')}
            label={fields.email}
            description={m.help.email}
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(event) => set('email', event.target.value)}
            error={errors.email}
          />
          <Textfield
            id={fieldId('phone')}
            label={fields.phone}
            type="tel"
            autoComplete="off"
            value={draft.phone}
            onChange={(event) => set('phone', event.target.value)}
            error={errors.phone}
          />
          <Field>
            <Label>{fields.preferredLanguage}</Label>
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
            {error('preferredLanguage')}
          </Field>
          <Field>
            <Label>{fields.category}</Label>
            <Select
              id={fieldId('category')}
              value={draft.category}
              aria-invalid={errors.category ? true : undefined}
              onChange={(event) => set('category', event.target.value as Category | '')}
            >
              <Select.Option value="">{m.notGiven}</Select.Option>
              {CATEGORIES.map((category) => (
                <Select.Option key={category} value={category}>
                  {t.participants.categories[category]}
                </Select.Option>
              ))}
            </Select>
            {error('category')}
          </Field>
          <Textfield
            id={fieldId('arrivalMonth')}
            label={fields.arrivalMonth}
            description={m.help.arrivalMonth}
            inputMode="numeric"
            value={draft.arrivalMonth}
            onChange={(event) => set('arrivalMonth', event.target.value)}
            error={errors.arrivalMonth}
          />
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
            {error('gender')}
          </Field>
          <Textfield
            id={fieldId('birthYear')}
            label={fields.birthYear}
            inputMode="numeric"
            value={draft.birthYear}
            onChange={(event) => set('birthYear', event.target.value)}
            error={errors.birthYear}
          />
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
            code={draft.professionCode}
            title={titleOf(draft.professionCode)}
            clearable
            onChange={(next) => set('professionCode', next)}
            error={errors.professionCode}
          />
          <ProfessionSearch
            inputId={fieldId('desiredProfessionCode')}
            label={fields.desiredProfessionCode}
            code={draft.desiredProfessionCode}
            title={titleOf(draft.desiredProfessionCode)}
            clearable
            onChange={(next) => set('desiredProfessionCode', next)}
            error={errors.desiredProfessionCode}
          />
        </div>

        <Fieldset>
          <Fieldset.Legend>{m.mapping}</Fieldset.Legend>
          <Fieldset.Description>{m.help.mapping}</Fieldset.Description>
          <Checkbox
            id={fieldId('inIntroductionProgramme')}
            label={fields.inIntroductionProgramme}
            checked={draft.inIntroductionProgramme}
            onChange={(event) => set('inIntroductionProgramme', event.target.checked)}
            error={errors.inIntroductionProgramme}
          />
          {draft.inIntroductionProgramme ? (
            <Paragraph data-size="sm">{m.mappingInState}</Paragraph>
          ) : (
            <div className="form-grid">
              <Field>
                <Label>{fields.educationLevel}</Label>
                <Select
                  id={fieldId('education')}
                  value={draft.educationLevel}
                  aria-invalid={errors.education ? true : undefined}
                  onChange={(event) => set('educationLevel', event.target.value as EducationLevel | '', 'education')}
                >
                  <Select.Option value="">{m.noEducation}</Select.Option>
                  {EDUCATION_LEVELS.map((level) => (
                    <Select.Option key={level} value={level}>
                      {m.educationLevels[level]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              {draft.educationLevel ? (
                <>
                  <Field>
                    <Label>{fields.recognition}</Label>
                    <Select
                      value={draft.recognition}
                      aria-invalid={errors.education ? true : undefined}
                      onChange={(event) => set('recognition', event.target.value as Recognition | '', 'education')}
                    >
                      <Select.Option value="">{m.notGiven}</Select.Option>
                      {RECOGNITIONS.map((recognition) => (
                        <Select.Option key={recognition} value={recognition}>
                          {m.recognitions[recognition]}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                  <Textfield
                    label={fields.educationField}
                    value={draft.educationField}
                    onChange={(event) => set('educationField', event.target.value, 'education')}
                  />
                  <Textfield
                    label={fields.educationCountry}
                    description={m.help.educationCountry}
                    maxLength={2}
                    value={draft.educationCountry}
                    onChange={(event) => set('educationCountry', event.target.value, 'education')}
                  />
                </>
              ) : null}
              <Textfield
                id={fieldId('workYears')}
                label={fields.workYears}
                inputMode="numeric"
                value={draft.workYears}
                onChange={(event) => set('workYears', event.target.value)}
                error={errors.workYears}
              />
            </div>
          )}
          {error('education')}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>{fields.careerGuidance}</Fieldset.Legend>
          <div className="form-grid">
            <Field>
              <Label>{fields.guidanceStatus}</Label>
              <Select
                id={fieldId('careerGuidance')}
                value={draft.guidanceStatus}
                aria-invalid={errors.careerGuidance ? true : undefined}
                onChange={(event) => set('guidanceStatus', event.target.value as GuidanceStatus, 'careerGuidance')}
              >
                {GUIDANCE_STATUSES.map((status) => (
                  <Select.Option key={status} value={status}>
                    {m.guidanceStatuses[status]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {draft.guidanceStatus !== 'not_referred' ? (
              <Textfield
                label={fields.referredOn}
                type="date"
                max={today()}
                value={draft.referredOn}
                onChange={(event) => set('referredOn', event.target.value, 'careerGuidance')}
              />
            ) : null}
            {draft.guidanceStatus === 'done' ? (
              <Textfield
                label={fields.doneOn}
                type="date"
                max={today()}
                value={draft.doneOn}
                onChange={(event) => set('doneOn', event.target.value, 'careerGuidance')}
              />
            ) : null}
          </div>
          {error('careerGuidance')}
        </Fieldset>

        {error('form')}
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
