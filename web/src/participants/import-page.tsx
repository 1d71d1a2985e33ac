import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  Link,
  Paragraph,
  Spinner,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiFailure } from '../api/client.js';
import { useMunicipalities, useProgramme } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from '../ui/api-errors.js';
import { ProgrammeNav } from '../programmes/programme-nav.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { countCsvRows, CSV_COLUMNS, downloadText, REQUIRED_CSV_COLUMNS, templateCsv } from './csv-template.js';
import { ImportErrorTable } from './import-error-table.js';
import { importParticipants, refreshParticipants, type ImportResult } from './participants-api.js';
import './participants.css';
import { TableScroll } from '../ui/table-scroll.js';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; rows: number; file: string }
  | { kind: 'done'; result: ImportResult; file: string }
  | { kind: 'refused'; messages: string[]; file: string };

/**
 * CSV import: what the columns hold, a template to download, the file, and the answer: how many
 * were stored and the refused rows as a table to fix the file from. The good rows are stored, the
 * refused ones not: after fixing, import only those rows again.
 */
export function ImportPage() {
  const { id = '' } = useParams();
  const { t, f, language } = useI18n();
  const m = t.participants.import;
  const programme = useProgramme(id);
  const municipalities = useMunicipalities();
  const queryClient = useQueryClient();
  const formId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'refused') resultHeading.current?.focus();
  }, [state.kind]);

  const downloadTemplate = () => {
    const code = programme.data?.municipalityCodes[0] ?? '1870';
    downloadText(templateCsv(code, language), m.templateFile);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(m.chooseFile);
      fileInput.current?.focus();
      return;
    }
    const text = await file.text();
    if (text.includes('\uFFFD')) {
      setFileError(m.notUtf8);
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    setState({ kind: 'busy', rows: countCsvRows(text), file: file.name });
    try {
      const result = await importParticipants(id, text);
      setState({ kind: 'done', result, file: file.name });
      if (result.created > 0) await refreshParticipants(queryClient);
    } catch (error) {
      const messages =
        error instanceof ApiFailure && error.status < 500 && error.body.errors?.length
          ? error.body.errors.map((e) => errorText(e.code, e.params ?? {}, e.message, t))
          : error instanceof ApiFailure && error.status < 500
            ? [error.message]
            : [t.app.errorText(error instanceof ApiFailure ? error.body.requestId : undefined)];
      setState({ kind: 'refused', messages, file: file.name });
    }
  };

  const busy = state.kind === 'busy';
  const title = programme.data ? m.titleIn(programme.data.name) : m.title;
  return (
    <Page title={title}>
      <ProgrammeNav programmeId={id} programmeName={programme.data?.name} />
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to={`/programmes/${id}/participants`}>{m.back}</RouterLink>
        </Link>
      </Paragraph>
      {programme.isPending ? <Loading /> : null}
      {programme.isError ? <LoadError error={programme.error} retry={() => void programme.refetch()} /> : null}

      <section className="stack" aria-labelledby={`${formId}-how`}>
        <Heading level={2} data-size="sm" id={`${formId}-how`}>
          {m.howTitle}
        </Heading>
        {m.howText.map((paragraph) => (
          <Paragraph key={paragraph}>{paragraph}</Paragraph>
        ))}
        <div>
          <Button type="button" variant="secondary" onClick={downloadTemplate}>
            {m.downloadTemplate}
          </Button>
        </div>
        <TableScroll label={m.columnsCaption}>
          <Table className="csv-columns" border>
            <caption>{m.columnsCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{m.columnName}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columnRequired}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columnContent}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {CSV_COLUMNS.map((column) => (
                <Table.Row key={column}>
                  <Table.HeaderCell scope="row">
                    <code>{column}</code>
                    <br />
                    <span className="profession-code">{t.participants.fields[column]}</span>
                  </Table.HeaderCell>
                  <Table.Cell>{REQUIRED_CSV_COLUMNS.includes(column) ? t.app.yes : m.optional}</Table.Cell>
                  <Table.Cell>
                    {m.columnHelp[column]}
                    {column === 'municipalityCode' && programme.data ? (
                      <>
                        {' '}
                        {m.municipalities(
                          programme.data.municipalityCodes
                            .map((code) => `${code} ${municipalities.data?.get(code)?.name ?? ''}`.trim())
                            .join(', '),
                        )}
                      </>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>

      <section className="stack section" aria-labelledby={`${formId}-upload`}>
        <Heading level={2} data-size="sm" id={`${formId}-upload`}>
          {m.uploadTitle}
        </Heading>
        <form className="stack narrow" noValidate onSubmit={(event) => void submit(event)}>
          <Field>
            <Label>{m.file}</Label>
            <Field.Description>{m.fileHelp}</Field.Description>
            <Input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(null);
              }}
            />
            {fileError ? <ValidationMessage>{fileError}</ValidationMessage> : null}
          </Field>
          <div>
            <Button type="submit" disabled={busy}>
              {m.submit}
            </Button>
          </div>
          <div role="status" className="loading">
            {busy ? (
              <>
                <Spinner aria-hidden data-size="sm" />
                <span>{m.busy(state.file, f.number(state.rows))}</span>
              </>
            ) : null}
          </div>
        </form>
      </section>

      {state.kind === 'done' ? (
        <section className="stack section" aria-labelledby={`${formId}-result`}>
          <Heading level={2} data-size="sm" id={`${formId}-result`} ref={resultHeading} tabIndex={-1}>
            {m.resultTitle(state.file)}
          </Heading>
          <Alert data-color={state.result.errors.length ? 'warning' : 'success'}>
            <Paragraph>{m.created(state.result.created, f.number(state.result.created))}</Paragraph>
            {state.result.errors.length ? (
              <Paragraph>
                {m.refusedRows(
                  new Set(state.result.errors.map((e) => e.row)).size,
                  f.number(new Set(state.result.errors.map((e) => e.row)).size),
                )}
              </Paragraph>
            ) : null}
          </Alert>
          {state.result.created > 0 ? (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/programmes/${id}/participants?sort=-createdAt`}>{m.seeList}</RouterLink>
              </Link>
            </Paragraph>
          ) : null}
          {state.result.errors.length ? <ImportErrorTable errors={state.result.errors} /> : null}
        </section>
      ) : null}

      {state.kind === 'refused' ? (
        <section className="stack section" aria-labelledby={`${formId}-result`}>
          <Heading level={2} data-size="sm" id={`${formId}-result`} ref={resultHeading} tabIndex={-1}>
            {m.resultTitle(state.file)}
          </Heading>
          <Alert data-color="danger">
            <Paragraph>{m.fileRefused}</Paragraph>
            <ul>
              {state.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Alert>
        </section>
      ) : null}
    </Page>
  );
}
