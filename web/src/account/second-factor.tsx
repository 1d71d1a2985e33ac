import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiFailure, api, unwrap } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldErrors } from '../ui/api-errors.js';
import './second-factor.css';

/** The QR code of an otpauth:// URI, drawn in the browser; the library loads only when one is shown. */
export function QrCode({ value }: { value: string }) {
  const { t } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toDataURL(value, { margin: 2, width: 200, errorCorrectionLevel: 'M' }))
      .then(
        (url) => {
          if (live) setSrc(url);
        },
        // Without a QR code the key as text (beside it) still does the job.
        () => {
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [value]);
  if (failed) return null;
  return src ? (
    <img className="mfa-qr" src={src} alt={t.mfa.qrAlt} width={200} height={200} />
  ) : (
    <Paragraph data-size="sm">{t.mfa.qrLoading}</Paragraph>
  );
}

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** What to put into the authenticator app: the QR code, and the key as text for those who cannot scan. */
export function SecretSetup({ secret, otpauthUrl }: { secret: string; otpauthUrl: string }) {
  const { t } = useI18n();
  return (
    <div className="stack">
      <Paragraph>{t.mfa.scan}</Paragraph>
      <QrCode value={otpauthUrl} />
      <Paragraph>
        {t.mfa.cannotScan} <code className="mfa-secret">{grouped(secret)}</code>
      </Paragraph>
    </div>
  );
}

/** The ten recovery codes, shown once, with what to do with them. */
export function RecoveryCodes({
  codes,
  onDone,
  doneLabel,
  headingRef,
  level = 2,
}: {
  codes: string[];
  onDone: () => void;
  doneLabel: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** 3 inside a section of its own (the account page's), 2 where it is the step of a page. */
  level?: 2 | 3;
}) {
  const { t } = useI18n();
  return (
    <div className="stack">
      <Heading level={level} data-size="xs" ref={headingRef} tabIndex={-1}>
        {t.mfa.recoveryTitle}
      </Heading>
      <Alert data-color="warning">{t.mfa.recoveryIntro}</Alert>
      <ol className="mfa-codes" aria-label={t.mfa.recoveryTitle}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div>
        <Button data-color="accent" onClick={onDone}>
          {doneLabel}
        </Button>
      </div>
    </div>
  );
}

/** An app code as typed: digits only, spaces dropped. */
export const appCode = (typed: string) => typed.replace(/\s/g, '');

type Stage =
  | { kind: 'idle' }
  | { kind: 'enrolling'; secret: string; otpauthUrl: string }
  | { kind: 'codes'; recoveryCodes: string[] };

/** The account page's section: turn the second factor on (scan, confirm, keep the codes) or off. */
export function SecondFactorSection() {
  const { t } = useI18n();
  const m = t.mfa;
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: ['auth', 'mfa'],
    queryFn: async () => unwrap(await api.GET('/api/v1/auth/mfa')),
  });
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const codesHeading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (stage.kind === 'codes') codesHeading.current?.focus();
    else if (stage.kind === 'enrolling') field.current?.focus();
    else heading.current?.focus();
  }, [stage]);

  function go(next: Stage) {
    moved.current = true;
    setCode('');
    setErrors({});
    setStage(next);
  }

  function failed(error: unknown) {
    if (error instanceof ApiFailure && error.status === 429) setErrors({ form: m.tooMany });
    else {
      const found = fieldErrors(error, t);
      setErrors(found.code ? { code: found.code } : found);
    }
    requestAnimationFrame(() => field.current?.focus());
  }

  async function start() {
    setDone(null);
    setBusy(true);
    try {
      const enrolment = unwrap(await api.POST('/api/v1/auth/mfa/enrol'));
      go({ kind: 'enrolling', ...enrolment });
    } catch (error) {
      setErrors(fieldErrors(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(appCode(code))) {
      setErrors({ code: m.codeRequired });
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const { recoveryCodes } = unwrap(await api.POST('/api/v1/auth/mfa/confirm', { body: { code: appCode(code) } }));
      go({ kind: 'codes', recoveryCodes });
      void queryClient.invalidateQueries({ queryKey: ['auth', 'mfa'] });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  async function turnOff(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) {
      setErrors({ code: m.codeOrRecoveryRequired });
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const typed = /^[\d\s]+$/.test(code) ? appCode(code) : code.trim();
      unwrap(await api.DELETE('/api/v1/auth/mfa', { body: { code: typed } }));
      setDone(m.turnedOff);
      go({ kind: 'idle' });
      await queryClient.invalidateQueries({ queryKey: ['auth', 'mfa'] });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  const state = status.data;
  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby="account-mfa" className="stack">
        <Heading level={2} data-size="sm" id="account-mfa" ref={heading} tabIndex={-1}>
          {m.title}
        </Heading>
        {errors.form ? (
          <Alert data-color="danger" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        {stage.kind === 'codes' ? (
          <RecoveryCodes
            codes={stage.recoveryCodes}
            level={3}
            headingRef={codesHeading}
            doneLabel={m.recoveryDone}
            onDone={() => {
              setDone(m.turnedOn);
              go({ kind: 'idle' });
            }}
          />
        ) : stage.kind === 'enrolling' ? (
          <form className="stack" noValidate onSubmit={(event) => void confirm(event)}>
            <SecretSetup secret={stage.secret} otpauthUrl={stage.otpauthUrl} />
            <Textfield
              ref={field}
              label={m.code}
              description={m.codeHelp}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={errors.code}
            />
            <div className="mfa-actions">
              <Button type="submit" data-color="accent" disabled={busy}>
                {m.confirm}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => go({ kind: 'idle' })}>
                {m.cancel}
              </Button>
            </div>
          </form>
        ) : status.isError ? (
          <Alert data-color="danger">{m.loadError}</Alert>
        ) : !state ? null : state.enabled ? (
          <>
            <Paragraph>{m.isOn}</Paragraph>
            <Paragraph>{m.codesLeft(state.recoveryCodesLeft)}</Paragraph>
            <form className="stack" noValidate onSubmit={(event) => void turnOff(event)}>
              <Textfield
                ref={field}
                label={m.codeOrRecovery}
                description={m.turnOffHelp}
                autoComplete="one-time-code"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={errors.code}
              />
              <div>
                <Button type="submit" variant="secondary" data-color="danger" disabled={busy}>
                  {m.turnOff}
                </Button>
              </div>
            </form>
          </>
        ) : (
          <>
            <Paragraph>{m.isOff}</Paragraph>
            {state.required ? <Paragraph>{m.required}</Paragraph> : null}
            <div>
              <Button data-color="accent" onClick={() => void start()} disabled={busy}>
                {m.start}
              </Button>
            </div>
          </>
        )}
        <p role="status" className="status-line">
          {done}
        </p>
      </section>
    </Card>
  );
}
