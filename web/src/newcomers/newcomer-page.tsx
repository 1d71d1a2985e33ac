import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useMunicipalities, usePrograms } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { languageName } from '../participants/iso-languages.js';
import { titleIn, useProfessionGroups } from '../participants/participants-api.js';
import { fieldErrors } from '../ui/api-errors.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { NewcomerForm } from './newcomer-form.js';
import { NewcomersNav, useMunicipalityName } from './newcomers-nav.js';
import { MentorStanding } from './newcomers-page.js';
import { enrolNewcomer, refreshNewcomers, useNewcomer, type Newcomer } from './newcomers-api.js';
import './newcomers.css';

/** One newcomer: their profile, a form to change it (`?edit=1`), and enrolment into a mentor programme. */
export function NewcomerPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const newcomer = useNewcomer(id);
  const municipalities = useMunicipalities();
  const code = newcomer.data?.municipalityCode ?? '';
  const name = useMunicipalityName(code, municipalities.data);
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1';
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const setEditing = (on: boolean) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      return next;
    });

  return (
    <Page
      title={newcomer.data?.name ?? t.newcomers.homeTitle}
      actions={
        newcomer.data ? (
          <Button
            ref={editButton}
            variant="secondary"
            aria-expanded={editing}
            onClick={() => {
              setSaved(false);
              setEditing(!editing);
            }}
          >
            {t.newcomers.edit}
          </Button>
        ) : null
      }
    >
      {newcomer.data ? <NewcomersNav code={code} municipalityName={name} /> : null}
      {newcomer.isPending ? <Loading /> : null}
      {newcomer.isError ? <LoadError error={newcomer.error} retry={() => void newcomer.refetch()} /> : null}
      {saved ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t.newcomers.saved}</Paragraph>
        </Alert>
      ) : null}
      {newcomer.data && editing ? (
        <NewcomerForm
          code={code}
          newcomer={newcomer.data}
          onDone={() => {
            setSaved(true);
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : null}
      {newcomer.data ? (
        <>
          <Profile newcomer={newcomer.data} />
          <Enrolment newcomer={newcomer.data} />
        </>
      ) : null}
    </Page>
  );
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="newcomer-facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Profile({ newcomer: n }: { newcomer: Newcomer }) {
  const { t, f, language } = useI18n();
  const m = t.newcomers;
  const fields = m.fields;
  const professions = useProfessionGroups();
  const profession = (code: string | null) => {
    if (!code) return m.notGiven;
    const title = professions.data?.get(code);
    return title ? `${titleIn(title, language)} (${code})` : code;
  };
  const yesNo = (value: boolean) => (value ? m.yes : m.no);
  return (
    <>
      <section className="newcomer-section" aria-labelledby="newcomer-contact">
        <Heading level={2} data-size="sm" id="newcomer-contact">
          {m.profile.contact}
        </Heading>
        <Facts
          items={[
            [fields.email, n.email ?? m.notGiven],
            [fields.phone, n.phone ?? m.notGiven],
            [fields.preferredLanguage, languageName(n.preferredLanguage, language)],
            [
              fields.languages,
              n.languages
                .map((l) => `${languageName(l.code, language)} (${t.participants.levels[l.level]})`)
                .join(', '),
            ],
            [fields.category, t.participants.categories[n.category]],
            [fields.arrivalMonth, f.month(n.arrivalMonth)],
            [fields.gender, n.gender ? t.participants.genders[n.gender] : m.notGiven],
            [fields.birthYear, n.birthYear === null ? m.notGiven : String(n.birthYear)],
            [fields.professionCode, profession(n.professionCode)],
            [fields.desiredProfessionCode, profession(n.desiredProfessionCode)],
          ]}
        />
      </section>
      <section className="newcomer-section" aria-labelledby="newcomer-mapping">
        <Heading level={2} data-size="sm" id="newcomer-mapping">
          {m.mapping}
        </Heading>
        {n.inIntroductionProgramme ? (
          <Paragraph>{m.mappingInState}</Paragraph>
        ) : (
          <Facts
            items={[
              [fields.educationLevel, n.education ? m.educationLevels[n.education.level] : m.noEducation],
              ...(n.education
                ? ([
                    [fields.educationField, n.education.field ?? m.notGiven],
                    [fields.educationCountry, n.education.country ?? m.notGiven],
                    [fields.recognition, m.recognitions[n.education.recognition]],
                  ] as [string, ReactNode][])
                : []),
              [fields.workYears, n.workYears === null ? m.notGiven : f.number(n.workYears)],
            ]}
          />
        )}
        <Heading level={3} data-size="xs">
          {fields.careerGuidance}
        </Heading>
        <Facts
          items={[
            [fields.guidanceStatus, m.guidanceStatuses[n.careerGuidance.status]],
            ...(n.careerGuidance.referredOn
              ? ([[fields.referredOn, f.day(n.careerGuidance.referredOn)]] as [string, ReactNode][])
              : []),
            ...(n.careerGuidance.doneOn
              ? ([[fields.doneOn, f.day(n.careerGuidance.doneOn)]] as [string, ReactNode][])
              : []),
          ]}
        />
        <Heading level={3} data-size="xs">
          {fields.consent}
        </Heading>
        <Facts
          items={[
            [fields.consentRegister, yesNo(n.consent.register)],
            [fields.consentInvitations, yesNo(n.consent.invitations)],
            [fields.consentMentorProgramme, yesNo(n.consent.mentorProgramme)],
            [fields.givenOn, f.day(n.consent.givenOn)],
          ]}
        />
      </section>
    </>
  );
}

/** The programmes the newcomer is in, and a select of those covering their municipality to enrol them. */
function Enrolment({ newcomer }: { newcomer: Newcomer }) {
  const { t } = useI18n();
  const m = t.newcomers;
  const id = useId();
  const queryClient = useQueryClient();
  const programmes = usePrograms();
  const [programmeId, setProgrammeId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [enrolled, setEnrolled] = useState<{ id: string; name: string } | null>(null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (enrolled) done.current?.focus();
  }, [enrolled]);

  const names = new Map((programmes.data ?? []).map((p) => [p.id, p.name]));
  const inAlready = new Set(newcomer.enrolments.map((e) => e.programmeId));
  const open = (programmes.data ?? []).filter(
    (p) => p.municipalityCodes.includes(newcomer.municipalityCode) && !inAlready.has(p.id),
  );

  const enrol = async () => {
    if (!programmeId) {
      setError(m.enrol.choose);
      return;
    }
    setBusy(true);
    try {
      const mentee = await enrolNewcomer(newcomer.id, programmeId);
      await refreshNewcomers(queryClient);
      setEnrolled({ id: mentee.id, name: mentee.name });
      setProgrammeId('');
      setError(undefined);
    } catch (failure) {
      // What the newcomer lacks for a mentee is named by its field (email, profession).
      const named = Object.entries(fieldErrors(failure, t)).map(([field, text]) =>
        field === 'form' || field === 'programmeId' ? text : `${m.fields[field] ?? field}: ${text}`,
      );
      setError(named.join(' '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="newcomer-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {m.profile.enrolments}
      </Heading>
      <Paragraph>
        <MentorStanding newcomer={newcomer} />
      </Paragraph>
      {newcomer.enrolments.length === 0 ? (
        <Paragraph>{m.profile.noEnrolments}</Paragraph>
      ) : (
        <ul>
          {newcomer.enrolments.map((e) => (
            <li key={e.participantId}>
              {m.profile.enrolledIn(names.get(e.programmeId) ?? e.programmeId)} –{' '}
              <Link asChild>
                <RouterLink to={`/participants/${e.participantId}`}>{m.profile.openMentee}</RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {enrolled ? (
        <Alert data-color="success" ref={done} tabIndex={-1}>
          <Paragraph>
            {m.enrol.enrolled(enrolled.name)}{' '}
            <Link asChild>
              <RouterLink to={`/participants/${enrolled.id}`}>{m.profile.openMentee}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      ) : null}
      <Heading level={3} data-size="xs">
        {m.enrol.title}
      </Heading>
      {!newcomer.consent.mentorProgramme ? (
        <Paragraph>{m.enrol.consentNeeded}</Paragraph>
      ) : programmes.data && open.length === 0 ? (
        <Paragraph>{inAlready.size > 0 ? m.enrol.allEnrolled : m.enrol.none}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{m.enrol.help}</Paragraph>
          <div className="newcomer-enrol">
            <Field>
              <Label htmlFor={`${id}-programme`}>{m.enrol.programme}</Label>
              <Select
                id={`${id}-programme`}
                value={programmeId}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => {
                  setProgrammeId(event.target.value);
                  setError(undefined);
                }}
              >
                <Select.Option value="">{m.enrol.choose}</Select.Option>
                {open.map((p) => (
                  <Select.Option key={p.id} value={p.id}>
                    {p.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button onClick={() => void enrol()} loading={busy} aria-disabled={busy || undefined}>
              {m.enrol.submit}
            </Button>
          </div>
          {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
        </>
      )}
    </section>
  );
}
