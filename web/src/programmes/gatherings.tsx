import { Button, Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { api, unwrap } from '../api/client.js';
import type { Programme } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { AttendanceChecklist } from './attendance-checklist.js';
import { GatheringForm, type GatheringBody, type GatheringValues } from './gathering-form.js';
import { programmeKeys, type Gathering } from './programme-queries.js';
import { wallClock } from './zoned-time.js';

/** The programme's gatherings: each with its time and place, editable by admins and leads, and its attendance. */
export function Gatherings({
  programme,
  gatherings,
  mayEdit,
}: {
  programme: Programme;
  gatherings: Gathering[];
  mayEdit: boolean;
}) {
  const { t } = useI18n();
  const m = t.programmes.gathering;
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const [addKey, setAddKey] = useState(0);

  async function create(body: GatheringBody) {
    const gathering = unwrap(
      await api.POST('/api/v1/programmes/{id}/gatherings', {
        params: { path: { id: programme.id } },
        body: {
          kind: 'other',
          title: body.title,
          startsAt: body.startsAt,
          endsAt: body.endsAt,
          location: body.location || undefined,
        },
      }),
    );
    await invalidate(queryClient, programme.id);
    setCreated(m.created(gathering.title));
    setAddKey((key) => key + 1);
  }

  return (
    <>
      {gatherings.length === 0 ? <Paragraph>{t.programmes.overview.noGatherings}</Paragraph> : null}
      <ul className="gathering-list">
        {gatherings.map((gathering) => (
          <li key={gathering.id}>
            <GatheringCard programme={programme} gathering={gathering} mayEdit={mayEdit} />
          </li>
        ))}
      </ul>
      {mayEdit ? (
        <Details>
          <Details.Summary>{m.add}</Details.Summary>
          <Details.Content>
            <div className="stack">
              <Paragraph data-size="sm">{m.addHelp}</Paragraph>
              <GatheringForm
                key={addKey}
                initial={{ title: '', date: '', startTime: '17:00', endTime: '20:00', location: '' }}
                timeZone={programme.timezone}
                submitLabel={m.create}
                onSubmit={create}
              />
            </div>
          </Details.Content>
        </Details>
      ) : null}
      <p role="status" className="status-line">
        {created}
      </p>
    </>
  );
}

async function invalidate(queryClient: ReturnType<typeof useQueryClient>, programmeId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: programmeKeys.gatherings(programmeId) }),
    queryClient.invalidateQueries({ queryKey: programmeKeys.attention(programmeId) }),
  ]);
}

function valuesOf(gathering: Gathering, timeZone: string): GatheringValues {
  const start = wallClock(gathering.startsAt, timeZone);
  const end = wallClock(gathering.endsAt, timeZone);
  return {
    title: gathering.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    location: gathering.location ?? '',
  };
}

function GatheringCard({
  programme,
  gathering,
  mayEdit,
}: {
  programme: Programme;
  gathering: Gathering;
  mayEdit: boolean;
}) {
  const { t, f } = useI18n();
  const m = t.programmes.gathering;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const zone = programme.timezone;
  const started = new Date(gathering.startsAt).getTime() <= Date.now();

  async function save(body: GatheringBody) {
    // Only what changed: moving a gathering sends its invitations again, so an unchanged time is not sent.
    const patch: { title?: string; startsAt?: string; endsAt?: string; location?: string | null } = {};
    if (body.title !== gathering.title) patch.title = body.title;
    // Both ends together once either moved: the API keeps a gathering's length when only its start moves.
    if (
      Date.parse(body.startsAt) !== Date.parse(gathering.startsAt) ||
      Date.parse(body.endsAt) !== Date.parse(gathering.endsAt)
    ) {
      patch.startsAt = body.startsAt;
      patch.endsAt = body.endsAt;
    }
    if (body.location !== (gathering.location ?? '')) patch.location = body.location || null;
    if (Object.keys(patch).length) {
      unwrap(await api.PATCH('/api/v1/gatherings/{id}', { params: { path: { id: gathering.id } }, body: patch }));
      await invalidate(queryClient, programme.id);
    }
    setEditing(false);
    setSaved(m.saved);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby={headingId}>
        <Card.Block className="stack">
          <div className="gathering-head">
            <Heading level={3} data-size="xs" id={headingId}>
              {gathering.title}
            </Heading>
            <Tag data-size="sm" data-color={gathering.kind === 'other' ? 'info' : 'neutral'}>
              {t.programmes.kinds[gathering.kind]}
            </Tag>
          </div>
          <dl className="facts">
            <dt>{m.when}</dt>
            <dd>
              {f.dateTime(gathering.startsAt, zone)}–{f.time(gathering.endsAt, zone)}
              {started ? ` · ${t.programmes.overview.held}` : null}
            </dd>
            <dt>{m.where}</dt>
            <dd>{gathering.location || m.noPlace}</dd>
          </dl>
          {mayEdit && !editing ? (
            <div>
              <Button
                ref={editButton}
                variant="secondary"
                data-color="accent"
                data-size="sm"
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {m.edit}
                <span className="visually-hidden"> «{gathering.title}»</span>
              </Button>
            </div>
          ) : null}
          {editing ? (
            <div className="stack">
              <Heading level={4} data-size="2xs">
                {m.editing(gathering.title)}
              </Heading>
              <Paragraph data-size="sm">{m.movedNote}</Paragraph>
              <GatheringForm
                initial={valuesOf(gathering, zone)}
                timeZone={zone}
                submitLabel={m.save}
                focusOnMount
                onSubmit={save}
                onCancel={() => {
                  setEditing(false);
                  requestAnimationFrame(() => editButton.current?.focus());
                }}
              />
            </div>
          ) : null}
          <p role="status" className="status-line">
            {saved}
          </p>
        </Card.Block>
        <Details onToggle={(event) => setAttendanceOpen((event.target as HTMLDetailsElement).open)}>
          <Details.Summary>
            {m.attendance}
            <span className="visually-hidden"> «{gathering.title}»</span>
          </Details.Summary>
          <Details.Content>
            {attendanceOpen ? (
              <AttendanceChecklist programmeId={programme.id} gathering={gathering} started={started} />
            ) : null}
          </Details.Content>
        </Details>
      </section>
    </Card>
  );
}
