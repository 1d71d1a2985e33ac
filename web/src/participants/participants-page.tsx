import { Alert, Button, Field, Label, Link, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type AriaAttributes } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useMunicipalities, useProgramme } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { ProgrammeNav } from '../programmes/programme-nav.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { ParticipantForm } from './participant-form.js';
import {
  CATEGORIES,
  PAGE_SIZE,
  ROLES,
  SORT_KEYS,
  titleIn,
  useParticipantPage,
  type MenteeCategory,
  type Participant,
  type ParticipantFilters,
  type ParticipantRole,
  type ParticipantSort,
  type SortKey,
} from './participants-api.js';
import { Standing, localDay } from './standing.js';
import './participants.css';
import { PageList } from '../ui/page-list.js';
import { TableScroll } from '../ui/table-scroll.js';

const SEARCH_DEBOUNCE_MS = 300;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The view as the URL holds it, so a filtered, sorted page can be shared as a link. */
function filtersOf(params: URLSearchParams): ParticipantFilters {
  const sort = params.get('sort');
  const key = sort?.replace(/^-/, '') ?? null;
  const hasMentor = params.get('hasMentor');
  const page = Number(params.get('page'));
  return {
    role: oneOf<ParticipantRole>(params.get('role'), ROLES),
    municipalityCode: /^\d{4}$/.test(params.get('municipalityCode') ?? '')
      ? (params.get('municipalityCode') ?? undefined)
      : undefined,
    category: oneOf<MenteeCategory>(params.get('category'), CATEGORIES),
    hasMentor: hasMentor === 'true' ? true : hasMentor === 'false' ? false : undefined,
    q: params.get('q')?.trim() || undefined,
    sort: sort && oneOf<SortKey>(key, SORT_KEYS) ? (sort as ParticipantSort) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * A programme's participants: filters (role, municipality, category, has a mentor) and a search,
 * one page of 50 at a time sorted by the API, all of it in the URL. Adding a participant opens a
 * form above the list (`?add=1`).
 */
export function ParticipantsPage() {
  const { id = '' } = useParams();
  const { t, f, language } = useI18n();
  const m = t.participants;
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const programme = useProgramme(id);
  const municipalities = useMunicipalities();
  const list = useParticipantPage(id, filters);
  const adding = params.get('add') === '1';
  const [added, setAdded] = useState<Participant | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const addedAlert = useRef<HTMLDivElement>(null);

  /** Changes the view; any change but the page goes back to page 1. */
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

  // The search box follows typing after a pause, and the URL when it changes otherwise (back, a link).
  const [text, setText] = useState(filters.q ?? '');
  const q = filters.q ?? '';
  useEffect(() => {
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }, { replace: true }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only typing restarts the wait; `update` and `q` are read as they are when it ends.
  }, [text]);

  useEffect(() => {
    if (added) addedAlert.current?.focus();
  }, [added]);

  const programmeCodes = programme.data?.municipalityCodes ?? [];
  const municipalityName = (code: string) => municipalities.data?.get(code)?.name ?? code;
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(filters.page, pages);
  const rows = list.data?.participants ?? [];
  const from = total === 0 ? 0 : (current - 1) * PAGE_SIZE + 1;
  const to = Math.min(total, (current - 1) * PAGE_SIZE + rows.length);
  const filtered = Boolean(
    filters.role || filters.municipalityCode || filters.category || filters.hasMentor !== undefined || filters.q,
  );

  const sortKey: SortKey = (filters.sort?.replace(/^-/, '') as SortKey | undefined) ?? 'name';
  const descending = filters.sort?.startsWith('-') ?? false;
  const ariaSort = (key: SortKey): AriaAttributes['aria-sort'] =>
    key === sortKey ? (descending ? 'descending' : 'ascending') : 'none';
  const sortBy = (key: SortKey) => {
    const next: ParticipantSort = key === sortKey && !descending ? `-${key}` : key;
    update({ sort: next === 'name' ? undefined : next });
  };

  const title = programme.data ? m.titleIn(programme.data.name) : m.title;
  return (
    <Page
      title={title}
      actions={
        <>
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
          <Link asChild>
            <RouterLink to={`/programmes/${id}/participants/import`}>{m.importLink}</RouterLink>
          </Link>
        </>
      }
    >
      <ProgrammeNav programmeId={id} programmeName={programme.data?.name} />
      {programme.isError ? <LoadError error={programme.error} retry={() => void programme.refetch()} /> : null}

      {added ? (
        <Alert data-color="success" ref={addedAlert} tabIndex={-1} className="participant-added">
          <Paragraph>
            {m.form.added(added.name)}{' '}
            <Link asChild>
              <RouterLink to={`/participants/${added.id}`}>{m.openPerson(added.name)}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      ) : null}

      {adding && programme.data ? (
        <ParticipantForm
          programme={programme.data}
          onDone={(participant) => {
            setAdded(participant);
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
        className="participant-filters"
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
          <Label>{m.filters.role}</Label>
          <Select value={filters.role ?? ''} onChange={(event) => update({ role: event.target.value || undefined })}>
            <Select.Option value="">{m.filters.allRoles}</Select.Option>
            {ROLES.map((role) => (
              <Select.Option key={role} value={role}>
                {m.rolesPlural[role]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{m.filters.municipality}</Label>
          <Select
            value={filters.municipalityCode ?? ''}
            onChange={(event) => update({ municipalityCode: event.target.value || undefined })}
          >
            <Select.Option value="">{m.filters.allMunicipalities}</Select.Option>
            {programmeCodes.map((code) => (
              <Select.Option key={code} value={code}>
                {municipalityName(code)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{m.filters.category}</Label>
          <Select
            value={filters.category ?? ''}
            onChange={(event) => update({ category: event.target.value || undefined })}
          >
            <Select.Option value="">{m.filters.allCategories}</Select.Option>
            {CATEGORIES.map((category) => (
              <Select.Option key={category} value={category}>
                {m.categories[category]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{m.filters.hasMentor}</Label>
          <Select
            value={filters.hasMentor === undefined ? '' : String(filters.hasMentor)}
            onChange={(event) => update({ hasMentor: event.target.value || undefined })}
          >
            <Select.Option value="">{m.filters.anyMentor}</Select.Option>
            <Select.Option value="true">{m.filters.withMentor}</Select.Option>
            <Select.Option value="false">{m.filters.withoutMentor}</Select.Option>
          </Select>
        </Field>
        {filtered ? (
          <div>
            <Button
              type="button"
              variant="tertiary"
              onClick={() => {
                setText('');
                update({
                  role: undefined,
                  municipalityCode: undefined,
                  category: undefined,
                  hasMentor: undefined,
                  q: undefined,
                });
              }}
            >
              {m.filters.clear}
            </Button>
          </div>
        ) : null}
      </form>

      <div className="list-summary">
        <Paragraph role="status" data-size="sm">
          {list.data ? (total === 0 ? '' : m.showing(f.number(from), f.number(to), f.number(total))) : ''}
        </Paragraph>
      </div>

      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} retry={() => void list.refetch()} /> : null}
      {list.data && total === 0 ? <Paragraph>{filtered ? m.noneFound : m.noneYet}</Paragraph> : null}

      {rows.length > 0 ? (
        <TableScroll label={m.tableCaption(f.number(from), f.number(to), f.number(total))}>
          <Table className="participants-table" zebra aria-busy={list.isPlaceholderData || undefined}>
            <caption className="visually-hidden">
              {m.tableCaption(f.number(from), f.number(to), f.number(total))}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col" sort={ariaSort('name')} onClick={() => sortBy('name')}>
                  {m.columns.name}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.role}</Table.HeaderCell>
                <Table.HeaderCell scope="col" sort={ariaSort('municipality')} onClick={() => sortBy('municipality')}>
                  {m.columns.municipality}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.profession}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.category}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{m.columns.standing}</Table.HeaderCell>
                <Table.HeaderCell scope="col" sort={ariaSort('createdAt')} onClick={() => sortBy('createdAt')}>
                  {m.columns.registered}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((p) => (
                <Table.Row key={p.id}>
                  <Table.HeaderCell scope="row">
                    <RouterLink to={`/participants/${p.id}`}>{p.name}</RouterLink>
                  </Table.HeaderCell>
                  <Table.Cell>{m.roles[p.role]}</Table.Cell>
                  <Table.Cell>{municipalityName(p.municipalityCode)}</Table.Cell>
                  <Table.Cell>
                    {titleIn(p.professionTitle, language)} <span className="profession-code">({p.professionCode})</span>
                  </Table.Cell>
                  <Table.Cell>
                    {p.category ? m.categories[p.category] : p.role === 'mentee' ? m.notGiven : ''}
                  </Table.Cell>
                  <Table.Cell className="standing">
                    <Standing participant={p} />
                  </Table.Cell>
                  <Table.Cell>{f.day(localDay(p.createdAt))}</Table.Cell>
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
