import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { languageName } from '../participants/iso-languages.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { pathErrors } from '../ui/path-errors.js';
import { useMunicipalityName } from './municipalities-page.js';
import { previewInfoPage, useInfoPage, useSaveInfoPage, type InfoPage } from './municipality-queries.js';
import './municipalities.css';

/** Languages written right to left, as the service's table has them. */
const RIGHT_TO_LEFT = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * `/municipalities/:code/info/:language`: one page's title and Markdown, a preview rendered by the
 * service exactly as the public page will show it, and saving (which publishes at once).
 */
export function InfoPageEditorPage() {
  const { code = '', language: pageLanguage = '' } = useParams();
  const { t, language } = useI18n();
  const m = t.municipalities.edit;
  const name = useMunicipalityName(code);
  const page = useInfoPage(code, pageLanguage);
  return (
    <Page title={m.title(languageName(pageLanguage, language), name)}>
      <div className="stack">
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/municipalities/${code}/info`}>{m.back}</RouterLink>
          </Link>
        </Paragraph>
        {page.error ? (
          <LoadError error={page.error} retry={() => void page.refetch()} />
        ) : page.data === undefined ? (
          <Loading />
        ) : (
          <Editor key={pageLanguage} code={code} pageLanguage={pageLanguage} page={page.data} />
        )}
      </div>
    </Page>
  );
}

function Editor({ code, pageLanguage, page }: { code: string; pageLanguage: string; page: InfoPage | null }) {
  const { t } = useI18n();
  const m = t.municipalities.edit;
  const dir = RIGHT_TO_LEFT.has(pageLanguage) ? 'rtl' : 'ltr';
  const save = useSaveInfoPage(code, pageLanguage);
  const [title, setTitle] = useState(page?.title ?? '');
  const [body, setBody] = useState(page?.body ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const saved = save.data ?? page;

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = m.titleRequired;
    if (!body.trim()) found.body = m.bodyRequired;
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      await save.mutateAsync({ title: title.trim(), body });
      setStatus(m.saved);
    } catch (error) {
      setErrors(pathErrors(error, t, ['title', 'body']));
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  async function showPreview() {
    setErrors({});
    try {
      setPreview(await previewInfoPage(code, body));
    } catch (error) {
      setErrors(pathErrors(error, t, ['body']));
      focusFirstInvalid();
    }
  }

  return (
    <div className="info-editor">
      <form ref={form} className="stack" noValidate onSubmit={(event) => void submit(event)}>
        {saved?.startingText ? (
          <Alert data-color="warning">
            <Paragraph>{m.startingNote}</Paragraph>
          </Alert>
        ) : saved === null ? (
          <Alert data-color="info">
            <Paragraph>{m.newNote}</Paragraph>
          </Alert>
        ) : null}
        {errors.form ? (
          <Alert data-color="danger" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        <Textfield
          label={m.pageTitle}
          value={title}
          lang={pageLanguage}
          dir={dir}
          onChange={(event) => {
            setTitle(event.target.value);
            setStatus(null);
          }}
          error={errors.title}
        />
        <Textfield
          className="info-body"
          label={m.body}
          description={m.bodyHelp}
          multiline
          rows={20}
          value={body}
          lang={pageLanguage}
          dir={dir}
          onChange={(event) => {
            setBody(event.target.value);
            setStatus(null);
          }}
          error={errors.body}
        />
        <div className="row">
          <Button type="submit" data-color="accent" disabled={busy}>
            {m.save}
          </Button>
          <Button type="button" variant="secondary" onClick={() => void showPreview()}>
            {m.preview}
          </Button>
          {saved ? (
            <Link href={saved.publicPath} className="info-public-link">
              {m.viewPublic}
            </Link>
          ) : null}
        </div>
        <p role="status" className="status-line">
          {status}
        </p>
      </form>
      <section aria-labelledby="info-preview-heading" className="stack">
        <Heading level={2} data-size="sm" id="info-preview-heading">
          {m.previewHeading}
        </Heading>
        {preview === null ? (
          <Paragraph>{m.previewEmpty}</Paragraph>
        ) : (
          <div className="info-preview" lang={pageLanguage} dir={dir}>
            <Heading level={3} data-size="md">
              {title}
            </Heading>
            {/* Sanitised by the service (rehype-sanitize), exactly as the public page shows it. */}
            <div dangerouslySetInnerHTML={{ __html: preview }} />
          </div>
        )}
      </section>
    </div>
  );
}
