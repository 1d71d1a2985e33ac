import { Alert, Button, Field, Label, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { CATEGORIES } from '../participants/participants-api.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { PageList } from '../ui/page-list.js';
import { TableScroll } from '../ui/table-scroll.js';
import { NewcomerForm } from './newcomer-form.js';
import { NewcomersNav, useMunicipalityName } from './newcomers-nav.js';
import { filtersOf, GUIDANCE_STATUSES, PAGE_SIZE, useNewcomerPage, type Newcomer } from './newcomers-api.js';
import './newcomers.css';

const SEARCH_DEBOUNCE_MS = 300;

/** Where a newcomer stands with the mentor programme, in words. */
export function MentorStanding({ newcomer }: { newcomer: Newcomer }) {
  const { t, f } = useI18n();
  const m = t.newcomers;
  if (newcomer.enrolments.length > 0) return <>{m.inProgramme}</>;
  if (newcomer.waiting && newcomer.waitingSince) return <>{m.waitingSince(f.day(newcomer.waitingSince))}</>;
  return <>{m.noMentorConsent}</>;
}

/**
 * A municipality's newcomer register: filters (residence basis, waiting list, career guidance) and
 * a search, 50 at a time, all in the URL; registering opens a form above the list (`?add=1`).
 */
export function NewcomersPage() {
  const { code = '' } = useParams();
  const { t, f } = useI18n();
  const m = t.newcomers;
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params, CATEGORIES);
  const municipalities = useMunicipalities();
  const name = useMunicipalityName(code, municipalities.data);
  const list = useNewcomerPage(code, filters);
  const adding = params.get('add') === '1';
  const [added, setAdded] = useState<Newcomer | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const addedAlert = useRef<HTMLDivElement>(null);

  const update = (changes: Record<string, string | undefined>, options: { replace?: boolean } = {}) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: options.replace },
    );
  };

  const [text, setText] = useState(filters.q ?? '');
  const q = filters.q ?? '';
  useEffect(() => {
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }, { replace: true }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only typing restarts the wait.
  }, [text]);
  useEffect(() => {
    if (added) addedAlert.current?.focus();
  }, [added]);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(filters.page, pages);
  const rows = list.data?.newcomers ?? [];
  const from = total === 0 ? 0 : (current - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, (current - 1) * PAGE_SIZE + rows.length);
  const filtered = Boolean(filters.category || filters.waiting !== undefined || filters.guidance || filters.q);
  return (
    <Page
      title={m.title(name)}
      actions={
        <Button
          ref={addButton}
          variant="primary"
          aria-expanded={adding}
          onClick={() => {
            setAdded(null);
            update({ add: adding ? undefined : '1', page: params.get('page') ?? undefined });
          }}
        >
          {m.add}
        </Button>
      }
    >
      <NewcomersNav code={code} municipalityName={name} />

      {added ? (
        <Alert data-color="success" ref={addedAlert} tabIndex={-1}>
          <Paragraph>
            {m.added(added.name)}{' '}
            <Link asChild>
              <RouterLink to={`/newcomers/${added.id}`}>{m.open(added.name)}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      ) : null}

      {adding ? (
        <NewcomerForm
          code={code}
          onDone={(newcomer) => {
            setAdded(newcomer);
            update({ add: undefined, page: params.get('page') ?? undefined });
          }}
          onCancel={() => {
            update({ add: undefined, page: params.get('page') ?? undefined });
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : null}

      <form
        role="search"
        aria-label={m.filters.label}
        className="newcomer-filters"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text.trim() || undefined });
        }}
      >
        <Textfield
          label={m.filters.search}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Field>
          <Label>{m.filters.category}</Label>
          <Select
            value={filters.category ?? ''}
            onChange={(event) => update({ category: event.target.value || undefined })}
          >
            <Select.Option value="">{m.filters.allCategories}</Select.Option>
            {CATEGORIES.map((category) => (
              <Select.Option key={category} value={category}>
                {t.participants.categories[category]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{m.filters.waiting}</Label>
          <Select
            value={filters.waiting === undefined ? '' : String(filters.waiting)}
            onChange={(event) => update({ waiting: event.target.value || undefined })}
          >
            <Select.Option value="">{m.filters.anyWaiting}</Select.Option>
            <Select.Option value="true">{m.filters.onlyWaiting}</Select.Option>
            <Select.Option value="false">{m.filters.notWaiting}</Select.Option>
          </Select>
        </Field>
        <Field>
          <Label>{m.filters.guidance}</Label>
          <Select
            value={filters.guidance ?? ''}
            onChange={(event) => update({ guidance: event.target.value || undefined })}
          >
            <Select.Option value="">{m.filters.anyGuidance}</Select.Option>
            {GUIDANCE_STATUSES.map((status) => (
              <Select.Option key={status} value={status}>
                {m.guidanceStatuses[status]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {filtered ? (
          <div>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setText('');
                update({ category: undefined, waiting: undefined, guidance: undefined, q: undefined });
              }}
            >
              {m.filters.clear}
            </Button>
          </div>
        ) : null}
      </form>

      <Paragraph role="status" data-size="sm">
        {list.data && total > 0 ? m.showing(f.number(from), f.number(to), f.number(total)) : ''}
      </Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data && total === 0 ? <Paragraph>{filtered ? m.noneFound : m.noneYet}</Paragraph> : null}

      {rows.length > 0 ? (
        <TableScroll label={m.tableCaption(f.number(from), f.number(to), f.number(total))}>
          <Table zebra aria-busy={list.isPlaceholderData || undefined}>
            <caption className="visually-hidden">
              {m.tableCaption(f.number(from), f.number(to), f.number(total))}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{m.columns.name}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.category}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.arrival}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.guidance}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.waiting}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((n) => (
                <Table.Row key={n.id}>
                  <Table.HeaderCell scope="row">
                    <RouterLink to={`/newcomers/${n.id}`}>{n.name}</RouterLink>
                  </Table.HeaderCell>
                  <Table.Cell>{t.participants.categories[n.category]}</Table.Cell>
                  <Table.Cell>{f.month(n.arrivalMonth)}</Table.Cell>
                  <Table.Cell>{m.guidanceStatuses[n.careerGuidance.status]}</Table.Cell>
                  <Table.Cell>
                    <MentorStanding newcomer={n} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}

      <PageList
        current={current}
        pages={pages}
        onPage={(page) => update({ page: page > 1 ? String(page) : undefined })}
        words={m.pagination}
      />
    </Page>
  );
}
