import { Alert, Button, Card, Checkbox, Fieldset, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useMunicipalityName } from '../municipalities/municipalities-page.js';
import { fieldErrors } from '../ui/api-errors.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { EveningForm, valuesOf } from './evening-form.js';
import {
  useEveningPeople,
  useEvenings,
  useSaveAttendance,
  useUpdateEvening,
  type Evening,
  type Person,
} from './events-queries.js';
import '../municipalities/municipalities.css';
import '../programmes/programmes.css';

/**
 * `/municipalities/:code/events/:id`: one theme evening, to change (a new time or place sends the
 * invitation again) and to record who attended, as a checklist of the municipality's newcomers
 * and of the participants living there, the invited marked as such.
 */
export function EventPage() {
  const { code = '', id = '' } = useParams();
  const { t } = useI18n();
  const m = t.municipalities.events;
  const name = useMunicipalityName(code);
  const evenings = useEvenings(code);
  const evening = evenings.data?.find((e) => e.id === id);
  const update = useUpdateEvening(code);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page title={evening ? `${evening.title} – ${name}` : m.title(name)}>
      <div className="stack">
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/municipalities/${code}/events`}>{m.back}</RouterLink>
          </Link>
        </Paragraph>
        <div role="status">
          {notice ? (
            <Alert data-color="success">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          ) : null}
        </div>
        {evenings.error ? (
          <LoadError error={evenings.error} retry={() => void evenings.refetch()} />
        ) : !evenings.data ? (
          <Loading />
        ) : !evening ? (
          <Paragraph>{m.notFound}</Paragraph>
        ) : (
          <>
            <Card asChild data-color="neutral">
              <section aria-labelledby="evening-edit" className="team-form">
                <div className="stack">
                  <Heading level={2} data-size="sm" id="evening-edit">
                    {m.editHeading}
                  </Heading>
                  <EveningForm
                    key={`${evening.id}-${evening.sequence}`}
                    initial={valuesOf(evening)}
                    submitLabel={m.save}
                    onSubmit={async (body) => {
                      const changed = await update.mutateAsync({ id: evening.id, body });
                      setNotice(changed.sequence > evening.sequence ? m.resent(changed.invited) : m.saved);
                    }}
                  />
                </div>
              </section>
            </Card>
            <section aria-labelledby="evening-attendance" className="stack">
              <Heading level={2} data-size="sm" id="evening-attendance">
                {m.attendanceHeading}
              </Heading>
              <Attendance code={code} evening={evening} />
            </section>
          </>
        )}
      </div>
    </Page>
  );
}

function Attendance({ code, evening }: { code: string; evening: Evening }) {
  const people = useEveningPeople(code);
  if (people.isError) return <LoadError error={people.error} retry={() => void people.refetch()} />;
  if (!people.data) return <Loading />;
  return (
    <Checklist
      code={code}
      evening={evening}
      newcomers={people.data.newcomers}
      participants={people.data.participants}
    />
  );
}

function Checklist({
  code,
  evening,
  newcomers,
  participants,
}: {
  code: string;
  evening: Evening;
  newcomers: Person[];
  participants: Person[];
}) {
  const { t, language } = useI18n();
  const m = t.municipalities.events;
  const save = useSaveAttendance(code);
  const [checked, setChecked] = useState(() => new Set([...evening.newcomerIds, ...evening.participantIds]));
  const invited = new Set([...evening.invitedNewcomerIds, ...evening.invitedParticipantIds]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const collator = new Intl.Collator(language);
  const groups = [
    { key: 'newcomers', legend: m.newcomers, people: [...newcomers].sort((a, b) => collator.compare(a.name, b.name)) },
    {
      key: 'participants',
      legend: m.participants,
      people: [...participants].sort((a, b) => collator.compare(a.name, b.name)),
    },
  ];

  function toggle(id: string, on: boolean) {
    setStatus(null);
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    try {
      const stored = await save.mutateAsync({
        id: evening.id,
        newcomerIds: newcomers.filter((p) => checked.has(p.id)).map((p) => p.id),
        participantIds: participants.filter((p) => checked.has(p.id)).map((p) => p.id),
      });
      setStatus(m.attendanceSaved(stored.newcomerIds.length + stored.participantIds.length));
    } catch (failure) {
      setError(Object.values(fieldErrors(failure, t)).join(' '));
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="evening-attendance">
      <Paragraph data-size="sm">{m.invitedSummary(invited.size)}</Paragraph>
      {groups.map((group) => (
        <Fieldset key={group.key}>
          <Fieldset.Legend>{group.legend}</Fieldset.Legend>
          {group.people.length === 0 ? <Paragraph data-size="sm">{m.noPeople}</Paragraph> : null}
          <ul className="checklist">
            {group.people.map((p) => (
              <li key={p.id}>
                <Checkbox
                  label={p.name}
                  description={invited.has(p.id) ? m.invitedMark : undefined}
                  checked={checked.has(p.id)}
                  onChange={(event) => toggle(p.id, event.target.checked)}
                />
              </li>
            ))}
          </ul>
        </Fieldset>
      ))}
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" data-color="accent" disabled={save.isPending}>
          {m.saveAttendance}
        </Button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </form>
  );
}
