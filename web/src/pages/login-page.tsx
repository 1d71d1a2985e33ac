import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { RecoveryCodes, SecretSetup, appCode } from '../account/second-factor.js';
import { useSession, type MfaChallenge } from '../auth/session.js';
import type { Session } from '../auth/token.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from '../ui/api-errors.js';
import { Page } from '../ui/page.js';

/** Only paths of this console: a returnTo never leads to another site. */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/programmes';
}

/** After the password: a code of the app (or a recovery code), or setting up the app the role requires, then its codes. */
type Step =
  | { kind: 'password' }
  | { kind: 'code'; mfaToken: string; recovery: boolean }
  | { kind: 'enrol'; mfaToken: string; secret: string; otpauthUrl: string }
  | { kind: 'codes'; recoveryCodes: string[]; session: Session };

/** Whether the service offers single sign-on; asked once per visit. */
function useAuthOptions() {
  return useQuery({
    queryKey: ['auth-options'],
    queryFn: async () => unwrap(await api.GET('/api/v1/auth/options')),
    staleTime: Infinity,
  });
}

/** Where single sign-on starts, bringing the person back to returnTo. */
export function ssoHref(returnTo: string): string {
  return `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, ended, login, completeMfa, openSession } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [errors, setErrors] = useState<{ email?: string; password?: string; code?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const codeField = useRef<HTMLInputElement>(null);
  const returnTo = safeReturnTo(params.get('returnTo'));
  const m = t.mfa;
  const options = useAuthOptions();
  const sso = params.get('sso');
  const refused = t.login.ssoRefused;
  const ssoMessage =
    sso === null ? null : Object.hasOwn(refused, sso) ? refused[sso as keyof typeof refused] : refused.failed;

  // Each new step is announced by moving focus to its heading (the code field follows with Tab).
  useEffect(() => {
    if (step.kind !== 'password') stepHeading.current?.focus();
  }, [step]);

  if (user) return <Navigate to={returnTo} replace />;

  function go(next: Step) {
    setCode('');
    setErrors({});
    setStep(next);
  }

  function challenged(challenge: MfaChallenge) {
    setPassword('');
    if (challenge.enrolRequired && challenge.secret && challenge.otpauthUrl) {
      go({ kind: 'enrol', mfaToken: challenge.mfaToken, secret: challenge.secret, otpauthUrl: challenge.otpauthUrl });
    } else go({ kind: 'code', mfaToken: challenge.mfaToken, recovery: false });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = {
      email: email.trim() ? undefined : t.login.required(t.login.email),
      password: password ? undefined : t.login.required(t.login.password),
    };
    if (missing.email || missing.password) {
      setErrors(missing);
      return;
    }
    setBusy(true);
    const result = await login(email.trim(), password);
    setBusy(false);
    if (typeof result === 'object') challenged(result.challenge);
    else if (result === 'wrong') setErrors({ form: t.login.wrong });
    else if (result === 'too_many') setErrors({ form: t.login.tooMany });
    else if (result === 'failed') setErrors({ form: t.app.errorText(undefined) });
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (step.kind !== 'code' && step.kind !== 'enrol') return;
    const recovery = step.kind === 'code' && step.recovery;
    const typed = recovery ? code.trim() : appCode(code);
    const valid = recovery ? /^[a-z2-9]{5}[- ]?[a-z2-9]{5}$/i.test(typed) : /^\d{6}$/.test(typed);
    if (!valid) {
      setErrors({ code: recovery ? m.recoveryCodeRequired : m.codeRequired });
      codeField.current?.focus();
      return;
    }
    setBusy(true);
    const result = await completeMfa(step.mfaToken, typed);
    setBusy(false);
    if (result === 'ok') return;
    if (typeof result === 'object') {
      go({ kind: 'codes', recoveryCodes: result.recoveryCodes, session: result.session });
      return;
    }
    if (result === 'expired') {
      go({ kind: 'password' });
      setErrors({ form: errorText('mfa_token_invalid', {}, t.app.errorText(undefined), t) });
      return;
    }
    setErrors(
      result === 'wrong'
        ? { code: errorText('wrong_code', {}, t.app.errorText(undefined), t) }
        : { form: result === 'too_many' ? t.login.tooMany : t.app.errorText(undefined) },
    );
    codeField.current?.focus();
  }

  const formError = errors.form ? (
    <Alert data-color="danger" role="alert">
      {errors.form}
    </Alert>
  ) : null;

  return (
    <div className="narrow">
      <Page title={t.login.title}>
        {ended || params.get('ended') ? <Alert data-color="info">{t.login.sessionEnded}</Alert> : null}
        {ssoMessage && step.kind === 'password' ? (
          <Alert data-color="danger" role="alert">
            {ssoMessage}
          </Alert>
        ) : null}
        {step.kind === 'password' ? (
          <>
            {options.data?.oidc ? (
              <>
                <div>
                  <Button asChild variant="secondary">
                    <a href={ssoHref(returnTo)}>{t.login.sso}</a>
                  </Button>
                </div>
                <Paragraph>{t.login.orPassword}</Paragraph>
              </>
            ) : (
              <Paragraph>{t.login.intro}</Paragraph>
            )}
            <form onSubmit={(event) => void submit(event)} noValidate className="stack">
              {formError}
              <Textfield
                label={t.login.email}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                error={errors.email}
              />
              <Textfield
                label={t.login.password}
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                error={errors.password}
              />
              <div>
                <Button type="submit" loading={busy}>
                  {t.login.submit}
                </Button>
              </div>
            </form>
          </>
        ) : step.kind === 'codes' ? (
          <RecoveryCodes
            codes={step.recoveryCodes}
            headingRef={stepHeading}
            doneLabel={m.continue}
            onDone={() => openSession(step.session)}
          />
        ) : (
          <form onSubmit={(event) => void submitCode(event)} noValidate className="stack">
            <Heading level={2} data-size="sm" ref={stepHeading} tabIndex={-1}>
              {step.kind === 'enrol' ? m.enrolTitle : step.recovery ? m.recoveryCode : m.loginCodeTitle}
            </Heading>
            {formError}
            {step.kind === 'enrol' ? (
              <>
                <Paragraph>{m.enrolIntro}</Paragraph>
                <SecretSetup secret={step.secret} otpauthUrl={step.otpauthUrl} />
              </>
            ) : step.recovery ? null : (
              <Paragraph>{m.loginCodeIntro}</Paragraph>
            )}
            {step.kind === 'code' && step.recovery ? (
              <Textfield
                key="recovery"
                ref={codeField}
                label={m.recoveryCode}
                description={m.recoveryCodeHelp}
                name="recoveryCode"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={errors.code}
              />
            ) : (
              <Textfield
                key="code"
                ref={codeField}
                label={step.kind === 'enrol' ? m.code : m.loginCode}
                description={m.codeHelp}
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={7}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={errors.code}
              />
            )}
            <div className="mfa-actions">
              <Button type="submit" loading={busy}>
                {m.verify}
              </Button>
            </div>
            {step.kind === 'code' ? (
              <div className="mfa-actions">
                <Button type="button" variant="tertiary" onClick={() => go({ ...step, recovery: !step.recovery })}>
                  {step.recovery ? m.useApp : m.useRecovery}
                </Button>
                <Button type="button" variant="tertiary" onClick={() => go({ kind: 'password' })}>
                  {m.startOver}
                </Button>
              </div>
            ) : (
              <div className="mfa-actions">
                <Button type="button" variant="tertiary" onClick={() => go({ kind: 'password' })}>
                  {m.startOver}
                </Button>
              </div>
            )}
          </form>
        )}
      </Page>
    </div>
  );
}
