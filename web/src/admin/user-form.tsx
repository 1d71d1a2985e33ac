import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n/languages.js';
import { fieldErrors } from '../ui/api-errors.js';
import {
  ROLES,
  useCreateUser,
  useUpdateUser,
  type NewUser,
  type Role,
  type User,
  type UserChange,
} from './admin-queries.js';
import { MunicipalityPicker } from './municipality-picker.js';

const MIN_PASSWORD = 12;

interface Draft {
  name: string;
  email: string;
  password: string;
  role: Role;
  municipalityCodes: string[];
  preferredLanguage: Language;
}

type Errors = Partial<Record<keyof Draft | 'form', string>>;

/** The fields changed from the user as they are; municipalities only for a coordinator. */
export function userChange(user: User, draft: Pick<Draft, 'name' | 'role' | 'municipalityCodes'>): UserChange {
  const change: UserChange = {};
  if (draft.name.trim() !== user.name) change.name = draft.name.trim();
  if (draft.role !== user.role) change.role = draft.role;
  const before = [...user.municipalityCodes].sort().join(',');
  const after = [...draft.municipalityCodes].sort().join(',');
  if (draft.role === 'coordinator' && (after !== before || draft.role !== user.role)) {
    change.municipalityCodes = [...draft.municipalityCodes].sort();
  }
  return change;
}

/**
 * Creates a user (`user` absent) or changes one's name, role and municipalities. The
 * municipalities are asked for only when the role is coordinator. Mistakes the console can see
 * are shown beside their field before anything is sent; the API's errors land there too.
 */
export function UserForm({
  user,
  onDone,
  onCancel,
}: {
  user?: User;
  onDone: (user: User, change?: UserChange) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const a = t.admin.users;
  const id = useId();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [draft, setDraft] = useState<Draft>({
    name: user?.name ?? '',
    email: user?.email ?? '',
    password: '',
    role: user?.role ?? 'coordinator',
    municipalityCodes: user?.municipalityCodes ?? [],
    preferredLanguage: user ? (isLanguage(user.preferredLanguage) ? user.preferredLanguage : 'nb') : language,
  });
  const [ownErrors, setOwnErrors] = useState<Errors>({});
  const mutation = user ? update : create;
  const apiErrors = apiFieldErrors(mutation.error, t, Boolean(user));
  const errors: Errors = { ...apiErrors, ...ownErrors };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setOwnErrors((current) => ({ ...current, [key]: undefined }));
  };

  const check = (): Errors => {
    const found: Errors = {};
    if (!draft.name.trim()) found.name = a.nameRequired;
    if (!user) {
      if (!draft.email.trim()) found.email = a.emailRequired;
      if (draft.password.length < MIN_PASSWORD) found.password = a.passwordTooShort(MIN_PASSWORD);
    }
    if (draft.role === 'coordinator' && draft.municipalityCodes.length === 0) {
      found.municipalityCodes = a.municipalitiesRequired;
    }
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setOwnErrors(found);
    if (Object.values(found).some(Boolean)) {
      const first = Object.keys(found)[0];
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    if (user) {
      const change = userChange(user, draft);
      if (Object.keys(change).length === 0) {
        onCancel();
        return;
      }
      update.mutate({ id: user.id, change }, { onSuccess: (saved) => onDone(saved, change) });
    } else {
      const body: NewUser = {
        name: draft.name.trim(),
        email: draft.email.trim(),
        password: draft.password,
        role: draft.role,
        preferredLanguage: draft.preferredLanguage,
        ...(draft.role === 'coordinator' ? { municipalityCodes: [...draft.municipalityCodes].sort() } : {}),
      };
      create.mutate(body, { onSuccess: (saved) => onDone(saved) });
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Textfield
        id={`${id}-name`}
        label={a.name}
        value={draft.name}
        autoComplete="off"
        onChange={(event) => set('name', event.target.value)}
        error={errors.name}
      />
      {user ? null : (
        <>
          <Textfield
            id={`${id}-email`}
            label={a.email}
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(event) => set('email', event.target.value)}
            error={errors.email}
          />
          <Textfield
            id={`${id}-password`}
            label={a.password}
            description={a.passwordHelp(MIN_PASSWORD)}
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(event) => set('password', event.target.value)}
            error={errors.password}
          />
        </>
      )}
      <Fieldset>
        <Fieldset.Legend>{a.role}</Fieldset.Legend>
        {ROLES.map((role) => (
          <Radio
            key={role}
            id={role === draft.role ? `${id}-role` : undefined}
            name={`${id}-role`}
            value={role}
            label={t.roles[role]}
            description={a.roleHelp[role]}
            checked={draft.role === role}
            onChange={() => set('role', role)}
          />
        ))}
        {errors.role ? <ValidationMessage>{errors.role}</ValidationMessage> : null}
      </Fieldset>
      {draft.role === 'coordinator' ? (
        <div id={`${id}-municipalityCodes`} tabIndex={-1}>
          <MunicipalityPicker
            legend={a.municipalities}
            description={a.municipalitiesHelp}
            value={draft.municipalityCodes}
            onChange={(codes) => set('municipalityCodes', codes)}
            error={errors.municipalityCodes}
          />
        </div>
      ) : null}
      {user ? null : (
        <Field>
          <Label htmlFor={`${id}-preferredLanguage`}>{a.language}</Label>
          <Select
            id={`${id}-preferredLanguage`}
            value={draft.preferredLanguage}
            onChange={(event) => {
              if (isLanguage(event.target.value)) set('preferredLanguage', event.target.value);
            }}
          >
            {LANGUAGES.map((code) => (
              <Select.Option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </Select.Option>
            ))}
          </Select>
          {errors.preferredLanguage ? <ValidationMessage>{errors.preferredLanguage}</ValidationMessage> : null}
        </Field>
      )}
      {user ? <Paragraph data-size="sm">{a.changeEndsSessions}</Paragraph> : null}
      {errors.form ? <ValidationMessage role="alert">{errors.form}</ValidationMessage> : null}
      <div className="row">
        <Button type="submit" loading={mutation.isPending}>
          {user ? t.app.save : a.createSubmit}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.app.cancel}
        </Button>
      </div>
    </form>
  );
}

/** The API's errors by field; a 409 is the taken email (create) or the last admin (change). */
function apiFieldErrors(error: unknown, t: ReturnType<typeof useI18n>['t'], changing: boolean): Errors {
  if (error instanceof ApiFailure && error.status === 409) {
    return changing ? { form: t.admin.users.lastAdmin } : { email: t.admin.users.emailTaken };
  }
  if (error instanceof ApiFailure && error.status === 404) return { form: t.admin.users.gone };
  return fieldErrors(error, t);
}
