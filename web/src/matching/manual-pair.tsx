import { Alert, Button, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useMemo, useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/client.js';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { Loading } from '../ui/loading.js';
import {
  byName,
  proposePair,
  refreshAfterDecision,
  sayFailure,
  useWords,
  type Participant,
  type Say,
  type Words,
} from './matching-queries.js';

type Errors = Partial<Record<'mentorId' | 'menteeId' | 'form', Say>>;

/**
 * A pair chosen by hand: it is scored and must keep the hard rules like any other, and joins the
 * proposals to be approved there. A broken rule is said in words, beside the form.
 */
export const ManualPair = memo(function ManualPair({
  programmeId,
  participants,
}: {
  programmeId: string;
  participants: Map<string, Participant> | undefined;
}) {
  const { t } = useI18n();
  const m = t.matching.manual;
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const [mentorId, setMentorId] = useState('');
  const [menteeId, setMenteeId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Say | null>(null);
  const words = useWords();

  const place = (code: string) => municipalities.data?.get(code)?.name ?? code;
  const { mentors, mentees } = useMemo(() => {
    const all = [...(participants?.values() ?? [])].sort((a, b) => byName.compare(a.name, b.name));
    return {
      mentors: all.filter((p) => p.role === 'mentor'),
      // A mentee who has a mentor cannot be proposed again; hasMentor is absent from an older API.
      mentees: all.filter((p) => p.role === 'mentee' && p.hasMentor !== true),
    };
  }, [participants]);

  // Thousands of options: drawn again only when the people or the language change, not on every choice.
  const mentorOptions = useMemo(
    () =>
      mentors.map((mentor) => (
        <Select.Option key={mentor.id} value={mentor.id}>
          {m.mentorOption(
            mentor.name,
            place(mentor.municipalityCode),
            mentor.activeMentees === undefined ? null : Math.max(0, mentor.capacity - mentor.activeMentees),
          )}
        </Select.Option>
      )),
    [mentors, m, municipalities.data],
  );
  const menteeOptions = useMemo(
    () =>
      mentees.map((mentee) => (
        <Select.Option key={mentee.id} value={mentee.id}>
          {m.menteeOption(mentee.name, place(mentee.municipalityCode))}
        </Select.Option>
      )),
    [mentees, m, municipalities.data],
  );

  if (!participants) return <Loading />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const missing: Errors = {};
    if (!mentorId) missing.mentorId = (w: Words) => w.t.matching.manual.mentorRequired;
    if (!menteeId) missing.menteeId = (w: Words) => w.t.matching.manual.menteeRequired;
    setErrors(missing);
    if (missing.mentorId || missing.menteeId) return;
    setBusy(true);
    try {
      const match = await proposePair(programmeId, mentorId, menteeId);
      const mentor = participants?.get(mentorId)?.name;
      const mentee = participants?.get(menteeId)?.name;
      setCreated(() => (w: Words) => {
        const pair = w.t.matching.pairName(mentor ?? w.t.matching.unknownPerson, mentee ?? w.t.matching.unknownPerson);
        return w.t.matching.manual.created(pair, w.f.number(match.score, 2));
      });
      setMentorId('');
      setMenteeId('');
      await refreshAfterDecision(queryClient, programmeId);
    } catch (error) {
      const field =
        error instanceof ApiFailure
          ? error.body.errors?.find((e) => e.field === 'mentorId' || e.field === 'menteeId')
          : undefined;
      const say = sayFailure(error);
      setErrors(field ? { [field.field as 'mentorId' | 'menteeId']: say } : { form: say });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Paragraph>{m.intro}</Paragraph>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <div className="manual-form">
          <Field>
            <Label>{t.matching.mentor}</Label>
            <Select
              name="mentorId"
              value={mentorId}
              aria-invalid={errors.mentorId ? true : undefined}
              onChange={(event) => {
                setMentorId(event.target.value);
                setErrors((current) => ({ ...current, mentorId: undefined, form: undefined }));
              }}
            >
              <Select.Option value="">{m.choose}</Select.Option>
              {mentorOptions}
            </Select>
            {errors.mentorId ? <ValidationMessage>{errors.mentorId(words)}</ValidationMessage> : null}
          </Field>
          <Field>
            <Label>{t.matching.mentee}</Label>
            <Select
              name="menteeId"
              value={menteeId}
              aria-invalid={errors.menteeId ? true : undefined}
              onChange={(event) => {
                setMenteeId(event.target.value);
                setErrors((current) => ({ ...current, menteeId: undefined, form: undefined }));
              }}
            >
              <Select.Option value="">{m.choose}</Select.Option>
              {menteeOptions}
            </Select>
            {errors.menteeId ? <ValidationMessage>{errors.menteeId(words)}</ValidationMessage> : null}
          </Field>
          <div>
            <Button type="submit" loading={busy}>
              {m.submit}
            </Button>
          </div>
        </div>
        {errors.form ? (
          <Alert data-color="danger" role="alert">
            {errors.form(words)}
          </Alert>
        ) : null}
        <div role="status">{created ? <Alert data-color="success">{created(words)}</Alert> : null}</div>
      </form>
    </>
  );
});
