import { Button, Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

export type CsvSeparator = 'comma' | 'semicolon';

/**
 * Downloads a CSV the API makes: the call carries the bearer token (so no plain link can do
 * it), and the answer is saved under a filename that says what it is. Semicolons are the
 * default in Norwegian, as Excel with Norwegian settings opens them directly.
 */
export function CsvDownload({
  fetchCsv,
  filename,
  labels,
}: {
  /** Fetches the file with the chosen separator. */
  fetchCsv: (separator: CsvSeparator) => Promise<Blob>;
  filename: string;
  /** Names of the select and the button, where a page has more than one download. */
  labels?: { separator: string; download: string };
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [separator, setSeparator] = useState<CsvSeparator>(language === 'en' ? 'comma' : 'semicolon');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <div className="csv-download">
      <Field>
        <Label htmlFor={`${id}-separator`}>{labels?.separator ?? t.stats.csv.separator}</Label>
        <Select
          id={`${id}-separator`}
          value={separator}
          onChange={(event) => setSeparator(event.target.value === 'comma' ? 'comma' : 'semicolon')}
        >
          <Select.Option value="semicolon">{t.stats.csv.semicolon}</Select.Option>
          <Select.Option value="comma">{t.stats.csv.comma}</Select.Option>
        </Select>
      </Field>
      <Button
        variant="secondary"
        loading={state === 'busy'}
        aria-disabled={state === 'busy' || undefined}
        onClick={() => {
          if (state === 'busy') return;
          setState('busy');
          fetchCsv(separator)
            .then((blob) => {
              saveBlob(blob, filename);
              setState('idle');
            })
            .catch(() => setState('failed'));
        }}
      >
        {labels?.download ?? t.stats.csv.download}
      </Button>
      {state === 'failed' ? <ValidationMessage role="alert">{t.stats.csv.failed}</ValidationMessage> : null}
    </div>
  );
}

/** Saves a file the console holds, as a download under the given name. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the file by the next task; keeping the URL longer only holds memory.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** A name part for a file: lower case, Norwegian letters spelt out, anything else a hyphen. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'programme'
  );
}

/** Today in Norway as YYYY-MM-DD, for a file's name. */
export function todayInOslo(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}
