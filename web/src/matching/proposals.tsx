import { Alert, Button, Checkbox, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useMunicipalities, type Programme } from '../api/queries.js';
import type { Formatters } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n.js';
import type { Messages } from '../i18n/nb.js';
import { fieldErrors } from '../ui/api-errors.js';
import { ConfirmButton } from '../ui/confirm.js';
import { TableScroll } from '../ui/table-scroll.js';
import {
  approveMatch,
  byName,
  refreshAfterDecision,
  rejectMatch,
  sayFailure,
  useReasonWriter,
  useWords,
  type Match,
  type Participant,
  type ReasonWriter,
  type Say,
  type Words,
} from './matching-queries.js';
import { Score } from './score.js';

const PAGE_SIZE = 50;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Decisions sent at once in a bulk action: quick, without flooding the service. */
const BULK_CONCURRENCY = 4;

type Tone = 'success' | 'danger' | 'info';
interface Outcome {
  mentor: string;
  mentee: string;
  ok: boolean;
  why?: Say;
}
interface BulkResult {
  kind: 'approve' | 'reject';
  items: Outcome[];
}

/** Runs `work` over the items, a few at a time, in order of the list; never throws. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/**
 * The proposals waiting for a decision: each with mentor, mentee, score and three reasons;
 * approve or reject one (reject asks for a reason), or select many and decide them at once with
 * one confirmation, then a report of which succeeded and which did not and why.
 */
export function Proposals({
  programmeId,
  programme,
  proposals,
  participants,
}: {
  programmeId: string;
  programme: Programme | undefined;
  proposals: Match[] | undefined;
  participants: Map<string, Participant> | undefined;
}) {
  const { t, f } = useI18n();
  const m = t.matching.proposals;
  const queryClient = useQueryClient();
  const reasons = useReasonWriter();
  const municipalities = useMunicipalities();
  const [params, setParams] = useSearchParams();
  const heading = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [startsOn, setStartsOn] = useState('');
  const [startsOnError, setStartsOnError] = useState<unknown>();
  const [message, setMessage] = useState<{ say: Say; tone: Tone } | null>(null);
  const [progress, setProgress] = useState<{ kind: 'approve' | 'reject'; done: number; total: number } | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);

  const words = useWords();
  const nameOf = (id: string) => participants?.get(id)?.name ?? t.matching.unknownPerson;
  const sayPair = (match: Match) => {
    const mentor = nameOf(match.mentorId);
    const mentee = nameOf(match.menteeId);
    return (w: Words) => w.t.matching.pairName(mentor, mentee);
  };

  const sorted = useMemo(() => {
    if (!proposals) return [];
    const weekAgo = Date.now() - WEEK_MS;
    const stale = (match: Match) => (Date.parse(match.createdAt) < weekAgo ? 0 : 1);
    const name = (id: string) => participants?.get(id)?.name ?? '';
    return [...proposals].sort(
      (a, b) =>
        stale(a) - stale(b) ||
        byName.compare(name(a.menteeId), name(b.menteeId)) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }, [proposals, participants]);

  // Selections of proposals that are gone (decided, replaced) are dropped.
  useEffect(() => {
    if (!proposals) return;
    const live = new Set(proposals.map((p) => p.id));
    setSelected((current) => {
      const kept = [...current].filter((id) => live.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [proposals]);

  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
  const shown = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const bulkRunning = progress !== null;
  const selectedOnPage = shown.filter((p) => selected.has(p.id)).length;

  function goTo(next: number) {
    const query = new URLSearchParams(params);
    if (next <= 1) query.delete('page');
    else query.set('page', String(next));
    setParams(query, { replace: false });
    heading.current?.focus();
  }

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** A refused start date goes beside its field (written from the kept error when shown). */
  function startsOnFailure(error: unknown): boolean {
    const refused = Boolean(fieldErrors(error, t).startsOn);
    if (refused) setStartsOnError(error);
    return refused;
  }

  async function approveOne(match: Match) {
    const pair = sayPair(match);
    setStartsOnError(undefined);
    setBusy((current) => new Set(current).add(match.id));
    try {
      await approveMatch(match.id, startsOn || undefined);
      setMessage({ say: (w) => w.t.matching.proposals.approved(pair(w)), tone: 'success' });
      toggle(match.id, false);
    } catch (error) {
      startsOnFailure(error);
      const why = sayFailure(error);
      setMessage({ say: (w) => w.t.matching.proposals.notDecided(pair(w), why(w)), tone: 'danger' });
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(match.id);
        return next;
      });
      heading.current?.focus();
      await refreshAfterDecision(queryClient, programmeId);
    }
  }

  async function rejectOne(match: Match, reason: string): Promise<Say | null> {
    const pair = sayPair(match);
    try {
      await rejectMatch(match.id, reason);
      setMessage({ say: (w) => w.t.matching.proposals.rejected(pair(w)), tone: 'success' });
      toggle(match.id, false);
      heading.current?.focus();
      await refreshAfterDecision(queryClient, programmeId);
      return null;
    } catch (error) {
      return sayFailure(error);
    }
  }

  async function runBulk(kind: 'approve' | 'reject', reason = '') {
    const items = sorted
      .filter((p) => selected.has(p.id))
      .map((p) => ({ id: p.id, mentor: nameOf(p.mentorId), mentee: nameOf(p.menteeId) }));
    const total = items.length;
    if (total === 0) return;
    setStartsOnError(undefined);
    setResult(null);
    setMessage({
      say: (w) => (kind === 'approve' ? w.t.matching.bulk.approving(0, total) : w.t.matching.bulk.rejecting(0, total)),
      tone: 'info',
    });
    setProgress({ kind, done: 0, total: items.length });
    let startsOnRefused = false;
    const outcomes = await inBatches(items, BULK_CONCURRENCY, async (item): Promise<Outcome> => {
      try {
        if (kind === 'approve') await approveMatch(item.id, startsOn || undefined);
        else await rejectMatch(item.id, reason);
        return { mentor: item.mentor, mentee: item.mentee, ok: true };
      } catch (error) {
        if (kind === 'approve' && startsOnFailure(error)) startsOnRefused = true;
        return { mentor: item.mentor, mentee: item.mentee, ok: false, why: sayFailure(error) };
      } finally {
        setProgress((current) => (current ? { ...current, done: current.done + 1 } : current));
      }
    });
    const ok = outcomes.filter((o) => o.ok).length;
    setProgress(null);
    setResult({ kind, items: outcomes });
    setSelected(new Set());
    setMessage({
      say: (w) =>
        kind === 'approve'
          ? w.t.matching.bulk.approvedResult(ok, outcomes.length)
          : w.t.matching.bulk.rejectedResult(ok, outcomes.length),
      tone: ok === outcomes.length ? 'success' : startsOnRefused || ok === 0 ? 'danger' : 'info',
    });
    await refreshAfterDecision(queryClient, programmeId);
  }

  const rowWords: RowWords = useMemo(() => ({ t, f }), [t, f]);

  return (
    <>
      <Heading level={2} data-size="md" id="proposals-heading" ref={heading} tabIndex={-1}>
        {m.heading}
      </Heading>
      {proposals ? <Paragraph>{proposals.length === 0 ? m.none : m.count(proposals.length)}</Paragraph> : null}

      <div role="status" aria-live="polite">
        {message ? <Alert data-color={message.tone}>{message.say(words)}</Alert> : null}
      </div>

      {result ? <BulkReport result={result} w={words} /> : null}

      {proposals && proposals.length > 0 ? (
        <>
          <div className="narrow">
            <Textfield
              label={m.startsOn}
              description={m.startsOnHelp}
              type="date"
              name="startsOn"
              min={programme?.startDate}
              max={programme?.endDate}
              value={startsOn}
              onChange={(event) => {
                setStartsOn(event.target.value);
                setStartsOnError(undefined);
              }}
              error={startsOnError ? fieldErrors(startsOnError, t).startsOn : undefined}
            />
          </div>

          <div className="bulk-bar">
            <span>{t.matching.proposals.selected(selected.size)}</span>
            {sorted.length > shown.length && selected.size < sorted.length ? (
              <Button
                variant="tertiary"
                data-size="sm"
                disabled={bulkRunning}
                onClick={() => setSelected(new Set(sorted.map((p) => p.id)))}
              >
                {m.selectEvery(sorted.length)}
              </Button>
            ) : null}
            {selected.size > 0 ? (
              <>
                <Button variant="tertiary" data-size="sm" disabled={bulkRunning} onClick={() => setSelected(new Set())}>
                  {m.clearSelection}
                </Button>
                <ConfirmButton
                  label={t.matching.bulk.approve(selected.size)}
                  title={t.matching.bulk.approveTitle(selected.size)}
                  description={t.matching.bulk.approveDescription(selected.size, startsOn ? f.day(startsOn) : null)}
                  confirmLabel={t.matching.bulk.approveConfirm(selected.size)}
                  variant="primary"
                  danger={false}
                  disabled={bulkRunning}
                  onConfirm={() => {
                    void runBulk('approve');
                  }}
                />
                <BulkReject
                  count={selected.size}
                  disabled={bulkRunning}
                  onReject={(reason) => void runBulk('reject', reason)}
                />
              </>
            ) : null}
            {progress ? (
              <span className="bulk-progress-wrap">
                <progress
                  className="bulk-progress"
                  value={progress.done}
                  max={progress.total}
                  aria-label={
                    progress.kind === 'approve'
                      ? t.matching.bulk.approving(progress.done, progress.total)
                      : t.matching.bulk.rejecting(progress.done, progress.total)
                  }
                />{' '}
                <span aria-hidden="true">
                  {progress.kind === 'approve'
                    ? t.matching.bulk.approving(progress.done, progress.total)
                    : t.matching.bulk.rejecting(progress.done, progress.total)}
                </span>
              </span>
            ) : null}
          </div>

          <TableScroll label={m.caption}>
            <Table className="proposals-table" data-size="sm" border>
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="select-cell">
                    <SelectPage
                      label={m.selectPage}
                      checked={shown.length > 0 && selectedOnPage === shown.length}
                      mixed={selectedOnPage > 0 && selectedOnPage < shown.length}
                      disabled={bulkRunning}
                      onChange={(on) =>
                        setSelected((current) => {
                          const next = new Set(current);
                          for (const p of shown) {
                            if (on) next.add(p.id);
                            else next.delete(p.id);
                          }
                          return next;
                        })
                      }
                    />
                  </th>
                  <th scope="col">{t.matching.mentor}</th>
                  <th scope="col">{t.matching.mentee}</th>
                  <th scope="col">{t.matching.score}</th>
                  <th scope="col">{m.reasons}</th>
                  <th scope="col">{m.decide}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((match) => (
                  <ProposalRow
                    key={match.id}
                    match={match}
                    mentor={participants?.get(match.mentorId)}
                    mentee={participants?.get(match.menteeId)}
                    place={(code) => municipalities.data?.get(code)?.name ?? code}
                    selected={selected.has(match.id)}
                    disabled={bulkRunning || busy.has(match.id)}
                    busy={busy.has(match.id)}
                    words={rowWords}
                    reasons={reasons}
                    onToggle={toggle}
                    onApprove={approveOne}
                    onReject={rejectOne}
                  />
                ))}
              </tbody>
            </Table>
          </TableScroll>

          {pages > 1 ? (
            <nav aria-label={m.pages} className="pager">
              <Button variant="secondary" data-size="sm" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {m.previous}
              </Button>
              <span>{m.page(page, pages)}</span>
              <Button variant="secondary" data-size="sm" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {m.next}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}

interface RowWords {
  t: Messages;
  f: Formatters;
}

function ProposalRow({
  match,
  mentor,
  mentee,
  place,
  selected,
  disabled,
  busy,
  words: { t, f },
  reasons,
  onToggle,
  onApprove,
  onReject,
}: {
  match: Match;
  mentor: Participant | undefined;
  mentee: Participant | undefined;
  place: (code: string) => string;
  selected: boolean;
  disabled: boolean;
  busy: boolean;
  words: RowWords;
  reasons: ReasonWriter;
  onToggle: (id: string, on: boolean) => void;
  onApprove: (match: Match) => Promise<void>;
  onReject: (match: Match, reason: string) => Promise<Say | null>;
}) {
  const m = t.matching.proposals;
  const mentorName = mentor?.name ?? t.matching.unknownPerson;
  const menteeName = mentee?.name ?? t.matching.unknownPerson;
  const pair = t.matching.pairName(mentorName, menteeName);
  const stale = Date.parse(match.createdAt) < Date.now() - WEEK_MS;
  return (
    <tr>
      <td className="select-cell">
        <Checkbox
          aria-label={m.select(pair)}
          checked={selected}
          disabled={disabled}
          onChange={(event) => onToggle(match.id, event.target.checked)}
        />
      </td>
      <td>
        <Person id={match.mentorId} name={mentorName} place={mentor ? place(mentor.municipalityCode) : undefined} />
      </td>
      <td>
        <Person id={match.menteeId} name={menteeName} place={mentee ? place(mentee.municipalityCode) : undefined} />
        {stale ? (
          <div>
            <Tag data-color="warning" data-size="sm">
              {m.waiting}
            </Tag>
          </div>
        ) : null}
      </td>
      <td>
        <Score score={match.score} t={t} f={f} />
      </td>
      <td>
        <ul className="reason-list">
          {reasons.reasons(match.breakdown).map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      </td>
      <td>
        <div className="decide-cell">
          <Button data-size="sm" loading={busy} disabled={disabled} onClick={() => void onApprove(match)}>
            {m.approve}
            <span className="visually-hidden"> {pair}</span>
          </Button>
          <RejectButton pair={pair} disabled={disabled} onReject={(reason) => onReject(match, reason)} />
        </div>
      </td>
    </tr>
  );
}

function Person({ id, name, place }: { id: string; name: string; place: string | undefined }) {
  return (
    <>
      <Link asChild>
        <RouterLink to={`/participants/${id}`}>{name}</RouterLink>
      </Link>
      {place ? <div className="person-place">{place}</div> : null}
    </>
  );
}

/** Reject one proposal: the dialog asks why; the reason is kept with the decision. */
function RejectButton({
  pair,
  disabled,
  onReject,
}: {
  pair: string;
  disabled: boolean;
  onReject: (reason: string) => Promise<Say | null>;
}) {
  const { t } = useI18n();
  const words = useWords();
  const m = t.matching.proposals;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Say | undefined>();
  return (
    <ConfirmButton
      label={
        <>
          {m.reject}
          <span className="visually-hidden"> {pair}</span>
        </>
      }
      title={m.rejectTitle}
      description={m.rejectDescription(pair)}
      confirmLabel={m.rejectConfirm}
      disabled={disabled}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError(() => (w: Words) => w.t.matching.proposals.rejectReasonRequired);
          return true;
        }
        const failure = await onReject(reason.trim());
        if (failure) {
          setError(() => failure);
          return true;
        }
        setReason('');
        setError(undefined);
        return false;
      }}
    >
      {/* One line, not a textarea: a textarea's field measures itself on every change of the page, in every row. */}
      <Textfield
        label={m.rejectReason}
        description={m.rejectReasonHelp}
        maxLength={500}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setError(undefined);
        }}
        error={error?.(words)}
      />
    </ConfirmButton>
  );
}

/** Reject every selected proposal with one reason, after one confirmation that says how many. */
function BulkReject({
  count,
  disabled,
  onReject,
}: {
  count: number;
  disabled: boolean;
  onReject: (reason: string) => void;
}) {
  const { t } = useI18n();
  const m = t.matching.proposals;
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <ConfirmButton
      label={t.matching.bulk.reject(count)}
      title={t.matching.bulk.rejectTitle(count)}
      description={t.matching.bulk.rejectDescription(count)}
      confirmLabel={t.matching.bulk.rejectConfirm(count)}
      disabled={disabled}
      onConfirm={() => {
        if (!reason.trim()) {
          setMissing(true);
          return true;
        }
        onReject(reason.trim());
        setReason('');
        setMissing(false);
        return false;
      }}
    >
      <Textfield
        label={m.rejectReason}
        description={m.rejectReasonHelp}
        multiline
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        error={missing ? m.rejectReasonRequired : undefined}
      />
    </ConfirmButton>
  );
}

/** The page's select-all box: checked, unchecked, or mixed when some rows of the page are selected. */
function SelectPage({
  label,
  checked,
  mixed,
  disabled,
  onChange,
}: {
  label: string;
  checked: boolean;
  mixed: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <Checkbox
      ref={box}
      aria-label={label}
      checked={checked}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

/** Which pairs of the last bulk action were decided, and why the others were not. */
function BulkReport({ result, w }: { result: BulkResult; w: Words }) {
  const b = w.t.matching.bulk;
  return (
    <section className="stack" aria-labelledby="bulk-result">
      <Heading level={3} data-size="xs" id="bulk-result">
        {b.resultHeading}
      </Heading>
      <ul className="bulk-results">
        {[...result.items]
          .sort((a, c) => Number(a.ok) - Number(c.ok))
          .map((item, i) => (
            <li key={i}>
              <span className="mark" aria-hidden="true">
                {item.ok ? '✓' : '✗'}
              </span>
              {w.t.matching.pairName(item.mentor, item.mentee)}:{' '}
              {item.ok ? b.succeeded : `${b.failed}. ${item.why?.(w) ?? ''}`}
            </li>
          ))}
      </ul>
    </section>
  );
}
