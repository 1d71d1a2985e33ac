import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { useSession } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { Page } from '../ui/page.js';

/** Only paths of this console: a returnTo never leads to another site. */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/programmes';
}

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
  const { user, ended, login } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const returnTo = safeReturnTo(params.get('returnTo'));
  const options = useAuthOptions();
  const sso = params.get('sso');
  const refused = t.login.ssoRefused;
  const ssoMessage =
    sso === null ? null : Object.hasOwn(refused, sso) ? refused[sso as keyof typeof refused] : refused.failed;

  if (user) return <Navigate to={returnTo} replace />;

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
    if (result === 'wrong') setErrors({ form: t.login.wrong });
    else if (result === 'too_many') setErrors({ form: t.login.tooMany });
    else if (result === 'failed') setErrors({ form: t.app.errorText(undefined) });
  }

  return (
    <div className="narrow">
      <Page title={t.login.title}>
        {ended || params.get('ended') ? <Alert data-color="info">{t.login.sessionEnded}</Alert> : null}
        {ssoMessage ? (
          <Alert data-color="danger" role="alert">
            {ssoMessage}
          </Alert>
        ) : null}
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
          {errors.form ? (
            <Alert data-color="danger" role="alert">
              {errors.form}
            </Alert>
          ) : null}
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
      </Page>
    </div>
  );
}
