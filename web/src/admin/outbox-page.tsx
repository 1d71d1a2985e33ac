import { Button, Field, Label, Link, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/nb.js';
import { Page } from '../ui/page.js';
import { SeekList } from '../ui/seek-list.js';
import { TableScroll } from '../ui/table-scroll.js';
import {
  EMAIL_KINDS,
  OUTBOX_STATUSES,
  useOutbox,
  type EmailKind,
  type OutboxEmail,
  type OutboxStatus,
} from './admin-queries.js';
import { QUEUE_DASHBOARD, onQueueDashboardClick } from './queue-dashboard-link.js';
import './admin.css';

const PAGE_SIZE = 50;

const STATUS_MARK: Record<OutboxStatus, { symbol: string; color: 'info' | 'success' | 'danger' }> = {
  pending: { symbol: '⏳', color: 'info' },
  sent: { symbol: '✓', color: 'success' },
  failed: { symbol: '✗', color: 'danger' },
  cancelled: { symbol: '–', color: 'info' },
};

/** The outbox filter the URL holds; anything the API would refuse reads as no filter. */
export function outboxFilterFromParams(params: URLSearchParams): {
  status?: OutboxStatus;
  kind?: EmailKind;
  page: number;
} {
  const status = params.get('status');
  const kind = params.get('kind');
  const page = Number(params.get('page') ?? '1');
  return {
    status: (OUTBOX_STATUSES as readonly string[]).includes(status ?? '') ? (status as OutboxStatus) : undefined,
    kind: (EMAIL_KINDS as readonly string[]).includes(kind ?? '') ? (kind as EmailKind) : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** A period key in words: a month, a day, or a gathering's invitation version (v0, v1 after a move). */
export function periodText(key: string, f: Formatters, t: Messages): string {
  if (/^\d{4}-\d{2}$/.test(key)) return f.month(key);
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return f.day(key);
  const version = /^v(\d+)$/.exec(key);
  if (version) return t.admin.outbox.version(Number(version[1]));
  return key;
}

/**
 * `/admin/outbox` (admins): every email the service decided to send, newest first, with its
 * status, tries and last error; filtered by status and kind, paged by the API (`limit`,
 * `offset`), all held in the URL. The queue dashboard is linked for what Redis holds.
 */
export function OutboxPage() {
  const { t } = useI18n();
  const o = t.admin.outbox;
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filter = outboxFilterFromParams(params);
  const outbox = useOutbox({ ...filter, pageSize: PAGE_SIZE });
  const setFilter = (key: 'status' | 'kind', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };
  return (
    <Page
      title={o.title}
      actions={
        <Link href={QUEUE_DASHBOARD} onClick={onQueueDashboardClick}>
          {o.queues}
        </Link>
      }
    >
      <div className="stack">
        <Paragraph data-size="sm">{o.intro}</Paragraph>
        <div className="row" role="search" aria-label={o.filters}>
          <Field>
            <Label htmlFor={`${id}-status`}>{o.status}</Label>
            <Select
              id={`${id}-status`}
              value={filter.status ?? ''}
              onChange={(event) => setFilter('status', event.target.value)}
            >
              <Select.Option value="">{o.allStatuses}</Select.Option>
              {OUTBOX_STATUSES.map((status) => (
                <Select.Option key={status} value={status}>
                  {o.statuses[status]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={`${id}-kind`}>{o.kind}</Label>
            <Select
              id={`${id}-kind`}
              value={filter.kind ?? ''}
              onChange={(event) => setFilter('kind', event.target.value)}
            >
              <Select.Option value="">{o.allKinds}</Select.Option>
              {EMAIL_KINDS.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {o.kinds[kind]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button variant="secondary" onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
            {o.refresh}
          </Button>
        </div>
        <SeekList
          page={filter.page}
          pageSize={PAGE_SIZE}
          read={{
            error: outbox.error,
            data: outbox.data && { count: outbox.data.emails.length, hasNext: outbox.data.hasNext },
            retry: () => void outbox.refetch(),
          }}
          words={o}
        >
          {outbox.data ? <OutboxTable emails={outbox.data.emails} /> : null}
        </SeekList>
      </div>
    </Page>
  );
}

function OutboxTable({ emails }: { emails: OutboxEmail[] }) {
  const { t, f } = useI18n();
  const o = t.admin.outbox;
  return (
    <TableScroll label={o.tableCaption}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{o.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{o.created}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.kind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.recipient}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {o.attempts}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.period}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.sent}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.lastError}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {emails.map((email) => {
            const mark = STATUS_MARK[email.status];
            return (
              <Table.Row key={email.id}>
                <Table.Cell className="nowrap">{f.dateTime(email.createdAt)}</Table.Cell>
                <Table.Cell>{o.kinds[email.kind]}</Table.Cell>
                <Table.Cell>{email.to}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={mark.color}>
                    <span aria-hidden="true" className="mark-symbol">
                      {mark.symbol}
                    </span>
                    {o.statuses[email.status]}
                  </Tag>
                </Table.Cell>
                <Table.Cell className="numeric">{f.number(email.attempts)}</Table.Cell>
                <Table.Cell>{periodText(email.periodKey, f, t)}</Table.Cell>
                <Table.Cell className="nowrap">{email.sentAt ? f.dateTime(email.sentAt) : '–'}</Table.Cell>
                <Table.Cell className="outbox-error">{email.lastError ?? ''}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
