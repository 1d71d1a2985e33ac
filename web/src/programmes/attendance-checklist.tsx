import { Alert, Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldErrors } from '../ui/api-errors.js';
import { LoadError, Loading } from '../ui/loading.js';
import {
  programmeKeys,
  useAllParticipants,
  useAttendance,
  type Gathering,
  type Participant,
} from './programme-queries.js';

/** Above this many people the checklist gets a filter. */
const FILTER_FROM = 15;

/**
 * Who came to a gathering, as a checklist of the programme's participants the caller sees. A
 * coordinator records only the people of their own municipalities (the API holds to that; the
 * others show as they are, not changeable here).
 */
export function AttendanceChecklist({
  programmeId,
  gathering,
  started,
}: {
  programmeId: string;
  gathering: Gathering;
  started: boolean;
}) {
  const { t } = useI18n();
  const participants = useAllParticipants(programmeId, true);
  const attendance = useAttendance(gathering.id, true);
  if (participants.isPending || attendance.isPending) return <Loading />;
  if (participants.isError) return <LoadError error={participants.error} retry={() => void participants.refetch()} />;
  if (attendance.isError) return <LoadError error={attendance.error} retry={() => void attendance.refetch()} />;
  if (participants.data.length === 0) return <Paragraph>{t.programmes.gathering.noParticipants}</Paragraph>;
  return (
    <ChecklistForm
      gathering={gathering}
      programmeId={programmeId}
      participants={participants.data}
      attending={attendance.data.participantIds}
      started={started}
    />
  );
}

function ChecklistForm({
  gathering,
  programmeId,
  participants,
  attending,
  started,
}: {
  gathering: Gathering;
  programmeId: string;
  participants: Participant[];
  attending: string[];
  started: boolean;
}) {
  const { t, language } = useI18n();
  const m = t.programmes.gathering;
  const user = useUser();
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState(() => new Set(attending));
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const mayRecord = (p: Participant) =>
    user.role !== 'coordinator' || user.municipalityCodes.includes(p.municipalityCode);
  const collator = new Intl.Collator(language);
  const byName = (a: Participant, b: Participant) => collator.compare(a.name, b.name);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = (p: Participant) => !needle || p.name.toLocaleLowerCase().includes(needle);
  const groups = [
    { key: 'mentor', legend: m.mentors, people: participants.filter((p) => p.role === 'mentor').sort(byName) },
    { key: 'mentee', legend: m.mentees, people: participants.filter((p) => p.role === 'mentee').sort(byName) },
  ].filter((group) => group.people.length > 0);

  function toggle(id: string, on: boolean) {
    setStatus(null);
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function markShown(on: boolean) {
    setStatus(null);
    setChecked((current) => {
      const next = new Set(current);
      for (const p of participants) {
        if (shown(p) && mayRecord(p)) {
          if (on) next.add(p.id);
          else next.delete(p.id);
        }
      }
      return next;
    });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      // Only the people the caller may record: the API keeps everyone else's rows as they are.
      const participantIds = participants.filter((p) => mayRecord(p) && checked.has(p.id)).map((p) => p.id);
      const stored = unwrap(
        await api.PUT('/api/v1/gatherings/{id}/attendance', {
          params: { path: { id: gathering.id } },
          body: { participantIds },
        }),
      );
      setChecked(new Set(stored.participantIds));
      setStatus(m.attendanceSaved(stored.participantIds.length));
      queryClient.setQueryData(programmeKeys.attendance(gathering.id), stored);
      void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'stats'] });
    } catch (failure) {
      const errors = fieldErrors(failure, t);
      setError(Object.values(errors).join(' '));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => void save(event)}
      aria-label={m.attendanceFor(gathering.title)}
    >
      {!started ? <Paragraph data-size="sm">{m.notYet}</Paragraph> : null}
      {participants.length > FILTER_FROM ? (
        <div className="row">
          <Textfield label={m.filter} value={filter} onChange={(event) => setFilter(event.target.value)} />
          <Button type="button" variant="secondary" data-color="accent" data-size="sm" onClick={() => markShown(true)}>
            {m.markAll}
          </Button>
          <Button type="button" variant="secondary" data-color="accent" data-size="sm" onClick={() => markShown(false)}>
            {m.clearAll}
          </Button>
        </div>
      ) : null}
      {groups.map((group) => {
        const present = group.people.filter((p) => checked.has(p.id)).length;
        const visible = group.people.filter(shown);
        return (
          <Fieldset key={group.key}>
            <Fieldset.Legend>
              {group.legend} <span className="rule-default">({m.groupCount(present, group.people.length)})</span>
            </Fieldset.Legend>
            {visible.length === 0 ? <Paragraph data-size="sm">{m.noneMatch}</Paragraph> : null}
            <ul className="checklist">
              {visible.map((p) => (
                <li key={p.id}>
                  <Checkbox
                    label={p.name}
                    description={mayRecord(p) ? undefined : m.notYours}
                    checked={checked.has(p.id)}
                    // Read-only rather than disabled: it keeps its contrast, and Designsystemet ignores clicks on it.
                    readOnly={!mayRecord(p)}
                    aria-readonly={!mayRecord(p) || undefined}
                    onChange={(event) => toggle(p.id, event.target.checked)}
                  />
                </li>
              ))}
            </ul>
          </Fieldset>
        );
      })}
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" data-color="accent" disabled={busy}>
          {m.saveAttendance}
        </Button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </form>
  );
}
