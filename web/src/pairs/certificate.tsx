import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { api, unwrap } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { saveBlob } from '../stats/csv-download.js';
import { fieldErrors } from '../ui/api-errors.js';

const LANGUAGES = ['nb', 'nn', 'en'] as const;
type CertificateLanguage = (typeof LANGUAGES)[number];

/**
 * The mentee's certificate (kursbevis) of a completed pair: a PDF in bokmål, nynorsk or English
 * (by default the mentee's own, where there is one). When the pair falls short of the programme's
 * completion rule the API says by how much, and that stands under the button.
 */
export function Certificate({ matchId, menteeLanguage }: { matchId: string; menteeLanguage?: string }) {
  const { t } = useI18n();
  const m = t.matching.pair.certificate;
  const id = useId();
  const [language, setLanguage] = useState<CertificateLanguage>(
    LANGUAGES.find((code) => code === menteeLanguage) ?? 'nb',
  );
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const download = () => {
    if (state.busy) return;
    setState({ busy: true });
    api
      .GET('/api/v1/matches/{id}/certificate.pdf', {
        params: { path: { id: matchId }, query: { lang: language } },
        parseAs: 'blob',
      })
      .then((result) => {
        saveBlob(unwrap<Blob>(result), m.filename(language));
        setState({ busy: false });
      })
      .catch((error: unknown) => setState({ busy: false, error: fieldErrors(error, t).form ?? m.failed }));
  };
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {m.title}
      </Heading>
      <Paragraph>{m.help}</Paragraph>
      <div className="csv-download">
        <Field>
          <Label htmlFor={`${id}-language`}>{m.language}</Label>
          <Select
            id={`${id}-language`}
            value={language}
            onChange={(event) => setLanguage(event.target.value as CertificateLanguage)}
          >
            {LANGUAGES.map((code) => (
              <Select.Option key={code} value={code}>
                {m.languages[code]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button variant="secondary" loading={state.busy} aria-disabled={state.busy || undefined} onClick={download}>
          {m.download}
        </Button>
      </div>
      {state.error ? <ValidationMessage role="alert">{state.error}</ValidationMessage> : null}
    </section>
  );
}
