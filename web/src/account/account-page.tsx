import { Alert, Button, Card, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { ApiFailure, api, unwrap } from '../api/client.js';
import { municipalityNames, useMunicipalities } from '../api/queries.js';
import { useSession, useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n/languages.js';
import { Page } from '../ui/page.js';
import { pathErrors } from '../ui/path-errors.js';
import { SecondFactorSection } from './second-factor.js';
import './account.css';

/** The caller's own account: name and language, password, the second factor, and logging out. */
export function AccountPage() {
  const { t } = useI18n();
  const session = useSession();
  const m = t.account;
  return (
    <Page title={m.title}>
      <div className="account-sections">
        <ProfileForm />
        <PasswordForm />
        <SecondFactorSection />
        <Card asChild data-color="neutral">
          <section aria-labelledby="account-logout" className="stack">
            <Heading level={2} data-size="sm" id="account-logout">
              {m.logout}
            </Heading>
            <Paragraph>{m.logoutHelp}</Paragraph>
            <div>
              <Button variant="secondary" data-color="accent" onClick={() => void session.logout()}>
                {m.logout}
              </Button>
            </div>
          </section>
        </Card>
      </div>
    </Page>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

function ProfileForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const user = useUser();
  const municipalities = useMunicipalities();
  const m = t.account;
  const [name, setName] = useState(user.name);
  const [preferred, setPreferred] = useState<Language>(
    isLanguage(user.preferredLanguage) ? user.preferredLanguage : 'nb',
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (!name.trim()) {
      setErrors({ name: m.nameRequired });
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const body: { name?: string; preferredLanguage?: Language } = {};
      if (name.trim() !== user.name) body.name = name.trim();
      if (preferred !== user.preferredLanguage) body.preferredLanguage = preferred;
      const saved = Object.keys(body).length ? unwrap(await api.PATCH('/api/v1/auth/me', { body })) : user;
      session.setUser(saved);
      setName(saved.name);
      // The console speaks the language just chosen; the message below is already in it.
      if (isLanguage(saved.preferredLanguage)) i18n.setLanguage(saved.preferredLanguage);
      setStatus('saved');
    } catch (error) {
      setErrors(pathErrors(error, t, ['name', 'preferredLanguage']));
      focusFirstInvalid(form.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby="account-profile">
        <form ref={form} className="stack" noValidate onSubmit={(event) => void submit(event)}>
          <Heading level={2} data-size="sm" id="account-profile">
            {m.profile}
          </Heading>
          <dl className="facts">
            <dt>{m.email}</dt>
            <dd>{user.email}</dd>
            <dt>{m.role}</dt>
            <dd>{t.roles[user.role]}</dd>
            {user.role === 'coordinator' ? (
              <>
                <dt>{m.municipalities}</dt>
                <dd>{municipalityNames(user.municipalityCodes, municipalities.data) || t.app.none}</dd>
              </>
            ) : null}
          </dl>
          {errors.form ? (
            <Alert data-color="danger" role="alert">
              {errors.form}
            </Alert>
          ) : null}
          <Textfield
            label={m.name}
            value={name}
            autoComplete="name"
            onChange={(event) => {
              setName(event.target.value);
              setStatus(null);
            }}
            error={errors.name}
          />
          <Fieldset>
            <Fieldset.Legend>{m.language}</Fieldset.Legend>
            {LANGUAGES.map((code) => (
              <Radio
                key={code}
                name="preferredLanguage"
                value={code}
                label={<span lang={code}>{LANGUAGE_NAMES[code]}</span>}
                checked={preferred === code}
                onChange={() => {
                  setPreferred(code);
                  setStatus(null);
                }}
              />
            ))}
            {errors.preferredLanguage ? (
              <Paragraph data-size="sm" role="alert">
                {errors.preferredLanguage}
              </Paragraph>
            ) : null}
          </Fieldset>
          <div>
            <Button type="submit" data-color="accent" disabled={busy}>
              {m.saveProfile}
            </Button>
          </div>
          <p role="status" className="status-line">
            {status === 'saved' ? m.profileSaved : null}
          </p>
        </form>
      </section>
    </Card>
  );
}

const MIN_PASSWORD = 12;

function PasswordForm() {
  const { t } = useI18n();
  const m = t.account;
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = m.currentPasswordRequired;
    if (newPassword.length < MIN_PASSWORD) found.newPassword = m.newPasswordTooShort;
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      unwrap(await api.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } }));
      setCurrentPassword('');
      setNewPassword('');
      setStatus(m.passwordChanged);
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 429) {
        setErrors({ form: m.tooMany });
      } else {
        const byField = pathErrors(error, t, ['currentPassword', 'newPassword']);
        // The API names currentPassword when it is wrong; say so in the reader's language.
        if (byField.currentPassword && !(error instanceof ApiFailure && error.body.errors?.length)) {
          byField.currentPassword = m.wrongPassword;
        }
        setErrors(byField);
      }
      focusFirstInvalid(form.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby="account-password">
        <form ref={form} className="stack" noValidate onSubmit={(event) => void submit(event)}>
          <Heading level={2} data-size="sm" id="account-password">
            {m.changePassword}
          </Heading>
          {errors.form ? (
            <Alert data-color="danger" role="alert">
              {errors.form}
            </Alert>
          ) : null}
          <Textfield
            label={m.currentPassword}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            error={errors.currentPassword}
          />
          <Textfield
            label={m.newPassword}
            description={m.newPasswordHelp}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            error={errors.newPassword}
          />
          <div>
            <Button type="submit" data-color="accent" disabled={busy}>
              {m.savePassword}
            </Button>
          </div>
          <p role="status" className="status-line">
            {status}
          </p>
        </form>
      </section>
    </Card>
  );
}
