import { Button, Field, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { Page } from '../ui/page.js';
import { SeekList } from '../ui/seek-list.js';
import { TableScroll } from '../ui/table-scroll.js';
import { CsvDownload, todayInOslo } from '../stats/csv-download.js';
import { AUDIT_ACTIONS, useAudit, type AuditAction, type AuditEntry, type AuditQuery } from './admin-queries.js';
import './admin.css';

const PAGE_SIZE = 50;
/** The most rows one CSV holds: the API's largest page. */
const CSV_ROWS = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The audit filter the URL holds (days for from and to); anything the API would refuse reads as no filter. */
export interface AuditFilter {
  action?: AuditAction;
  actorId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  page: number;
}

export function auditFilterFromParams(params: URLSearchParams): AuditFilter {
  const action = params.get('action') ?? '';
  const uuid = (key: string) => {
    const value = params.get(key) ?? '';
    return UUID.test(value) ? value.toLowerCase() : undefined;
  };
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
  };
  const page = Number(params.get('page') ?? '1');
  return {
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : undefined,
    actorId: uuid('actorId'),
    subjectId: uuid('subjectId'),
    from: day('from'),
    to: day('to'),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The filter as the API takes it: the days as instants, from the start of `from` to the end of
 * `to` (both included) in the browser's own time, which in a Norwegian municipality is Norway's.
 */
export function auditQuery(filter: AuditFilter): AuditQuery {
  const startOf = (day: string, plusDays = 0) => {
    const [y, m, d] = day.split('-').map(Number);
    return new Date(y, m - 1, d + plusDays).toISOString();
  };
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.subjectId ? { subjectId: filter.subjectId } : {}),
    ...(filter.from ? { from: startOf(filter.from) } : {}),
    ...(filter.to ? { to: startOf(filter.to, 1) } : {}),
  };
}

/**
 * `/admin/audit` (admins): who read or changed whose record, decided which pair, logged in or
 * failed to, newest first. The filters and the page live in the URL, so a view can be shared as
 * a link; the CSV holds the newest 1,000 rows of the same filter.
 */
export function AuditPage() {
  const { t } = useI18n();
  const a = t.admin.audit;
  const [params, setParams] = useSearchParams();
  const filter = auditFilterFromParams(params);
  const query = auditQuery(filter);
  const audit = useAudit({ ...query, page: filter.page, pageSize: PAGE_SIZE });
  return (
    <Page title={a.title}>
      <div className="stack">
        <Paragraph data-size="sm">{a.intro}</Paragraph>
        <AuditFilters
          // A new URL (a link followed, the back button) starts the form over from it.
          key={params.toString()}
          filter={filter}
          apply={(next) => {
            const search = new URLSearchParams();
            for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
            setParams(search);
          }}
        />
        <SeekList
          page={filter.page}
          pageSize={PAGE_SIZE}
          read={{
            error: audit.error,
            data: audit.data && { count: audit.data.rows.length, hasNext: audit.data.hasNext },
            retry: () => void audit.refetch(),
          }}
          words={a}
        >
          {audit.data ? <AuditTable rows={audit.data.rows} /> : null}
        </SeekList>
        <section className="stack" aria-labelledby="audit-csv">
          <Heading level={2} data-size="sm" id="audit-csv">
            {a.csvTitle}
          </Heading>
          <Paragraph data-size="sm">{a.csvHelp}</Paragraph>
          <div className="narrow">
            <CsvDownload
              filename={`mentornett-audit-${todayInOslo()}.csv`}
              fetchCsv={async (separator) =>
                unwrap(
                  await api.GET('/api/v1/admin/audit.csv', {
                    params: { query: { ...query, separator, limit: CSV_ROWS } },
                    parseAs: 'blob',
                  }),
                )
              }
            />
          </div>
        </section>
      </div>
    </Page>
  );
}

type Draft = Record<'action' | 'actorId' | 'subjectId' | 'from' | 'to', string>;

function AuditFilters({ filter, apply }: { filter: AuditFilter; apply: (next: Draft) => void }) {
  const { t } = useI18n();
  const a = t.admin.audit;
  const id = useId();
  const [draft, setDraft] = useState<Draft>({
    action: filter.action ?? '',
    actorId: filter.actorId ?? '',
    subjectId: filter.subjectId ?? '',
    from: filter.from ?? '',
    to: filter.to ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const set = (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { ...draft, actorId: draft.actorId.trim(), subjectId: draft.subjectId.trim() };
    const found: Partial<Record<keyof Draft, string>> = {};
    for (const key of ['actorId', 'subjectId'] as const) {
      if (next[key] && !UUID.test(next[key])) found[key] = a.badId;
    }
    if (next.from && next.to && next.from > next.to) found.to = a.toBeforeFrom;
    setErrors(found);
    if (Object.keys(found).length === 0) apply(next);
  };
  return (
    <form className="stack" role="search" aria-label={a.filters} onSubmit={submit} noValidate>
      <div className="row">
        <Field>
          <Label htmlFor={`${id}-action`}>{a.action}</Label>
          <Select id={`${id}-action`} value={draft.action} onChange={(event) => set('action', event.target.value)}>
            <Select.Option value="">{a.allActions}</Select.Option>
            {AUDIT_ACTIONS.map((action) => (
              <Select.Option key={action} value={action}>
                {a.actions[action]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={`${id}-actor`}
          label={a.actorId}
          description={a.idHelp}
          autoComplete="off"
          spellCheck={false}
          value={draft.actorId}
          onChange={(event) => set('actorId', event.target.value)}
          error={errors.actorId}
        />
        <Textfield
          id={`${id}-subject`}
          label={a.subjectId}
          description={a.idHelp}
          autoComplete="off"
          spellCheck={false}
          value={draft.subjectId}
          onChange={(event) => set('subjectId', event.target.value)}
          error={errors.subjectId}
        />
        <Textfield
          id={`${id}-from`}
          label={a.from}
          type="date"
          value={draft.from}
          onChange={(event) => set('from', event.target.value)}
          error={errors.from}
        />
        <Textfield
          id={`${id}-to`}
          label={a.to}
          type="date"
          value={draft.to}
          onChange={(event) => set('to', event.target.value)}
          error={errors.to}
        />
      </div>
      <div className="admin-actions">
        <Button type="submit">{a.apply}</Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => apply({ action: '', actorId: '', subjectId: '', from: '', to: '' })}
        >
          {a.clear}
        </Button>
      </div>
    </form>
  );
}

function AuditTable({ rows }: { rows: AuditEntry[] }) {
  const { t, f } = useI18n();
  const a = t.admin.audit;
  return (
    <TableScroll label={a.tableCaption}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{a.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{a.at}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.action}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.actor}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.subject}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.municipality}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.programme}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.request}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell className="nowrap">{f.dateTime(row.at)}</Table.Cell>
              <Table.Cell>{a.actions[row.action]}</Table.Cell>
              <Table.Cell className="audit-id">
                {row.actorId ? (
                  <>
                    {row.actorRole ? `${t.roles[row.actorRole as keyof typeof t.roles] ?? row.actorRole} ` : ''}
                    <code>{row.actorId}</code>
                  </>
                ) : (
                  a.noActor
                )}
              </Table.Cell>
              <Table.Cell className="audit-id">
                {row.subjectType && row.subjectId ? (
                  <>
                    {a.subjectTypes[row.subjectType]} <code>{row.subjectId}</code>
                  </>
                ) : (
                  a.noSubject
                )}
              </Table.Cell>
              <Table.Cell>{row.municipalityCode ?? '–'}</Table.Cell>
              <Table.Cell className="audit-id">{row.programmeId ? <code>{row.programmeId}</code> : '–'}</Table.Cell>
              <Table.Cell className="audit-id">{row.requestId ? <code>{row.requestId}</code> : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
