import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { ConfirmButton } from '../ui/confirm.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { pathErrors } from '../ui/path-errors.js';
import { TableScroll } from '../ui/table-scroll.js';
import { BackToMunicipalities, useMunicipalityName } from './municipalities-page.js';
import {
  SECTORS,
  useAddTeamMember,
  useRemoveTeamMember,
  useTeam,
  type NewTeamMember,
  type Sector,
  type TeamMember,
} from './municipality-queries.js';
import './municipalities.css';

type Notice = { kind: 'success' | 'danger'; text: string } | null;

/**
 * `/municipalities/:code/team`: the newcomer team (tilflytterteam), people who get the team's
 * emails without logging in: list, add, and remove with a confirmation.
 */
export function TeamPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const m = t.municipalities.team;
  const name = useMunicipalityName(code);
  const team = useTeam(code);
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <Page title={m.title(name)}>
      <div className="stack">
        <BackToMunicipalities />
        <Paragraph>{m.intro}</Paragraph>
        <div role="status">
          {notice ? (
            <Alert data-color={notice.kind}>
              <Paragraph>{notice.text}</Paragraph>
            </Alert>
          ) : null}
        </div>
        {team.error ? (
          <LoadError error={team.error} retry={() => void team.refetch()} />
        ) : !team.data ? (
          <Loading />
        ) : team.data.length === 0 ? (
          <Paragraph>{m.empty}</Paragraph>
        ) : (
          <TeamTable code={code} members={team.data} onNotice={setNotice} />
        )}
        {team.data ? <AddMember code={code} onNotice={setNotice} /> : null}
      </div>
    </Page>
  );
}

function TeamTable({
  code,
  members,
  onNotice,
}: {
  code: string;
  members: TeamMember[];
  onNotice: (n: Notice) => void;
}) {
  const { t } = useI18n();
  const m = t.municipalities.team;
  const remove = useRemoveTeamMember(code);
  return (
    <TableScroll label={m.tableCaption}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{m.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.email}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.organisation}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.sector}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.actions}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((member) => (
            <Table.Row key={member.id}>
              <Table.HeaderCell scope="row">{member.name}</Table.HeaderCell>
              <Table.Cell>{member.email}</Table.Cell>
              <Table.Cell>{member.organisation}</Table.Cell>
              <Table.Cell>{m.sectors[member.sector]}</Table.Cell>
              <Table.Cell>
                <ConfirmButton
                  label={
                    <>
                      {m.remove}
                      <span className="visually-hidden"> {member.name}</span>
                    </>
                  }
                  title={m.removeTitle(member.name)}
                  description={m.removeText(member.name)}
                  confirmLabel={m.remove}
                  onConfirm={() =>
                    remove.mutateAsync(member.id).then(
                      () => onNotice({ kind: 'success', text: m.removed(member.name) }),
                      () => onNotice({ kind: 'danger', text: t.app.errorText(undefined) }),
                    )
                  }
                />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

const EMPTY: NewTeamMember = { name: '', email: '', organisation: '', sector: 'municipal' };

function AddMember({ code, onNotice }: { code: string; onNotice: (n: Notice) => void }) {
  const { t } = useI18n();
  const m = t.municipalities.team;
  const add = useAddTeamMember(code);
  const [draft, setDraft] = useState<NewTeamMember>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const set = <K extends keyof NewTeamMember>(key: K, value: NewTeamMember[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const focusFirstInvalid = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = m.nameRequired;
    if (!draft.email.trim()) found.email = m.emailRequired;
    if (!draft.organisation.trim()) found.organisation = m.organisationRequired;
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstInvalid();
      return;
    }
    try {
      const member = await add.mutateAsync(draft);
      setDraft(EMPTY);
      onNotice({ kind: 'success', text: m.added(member.name) });
    } catch (error) {
      setErrors(pathErrors(error, t, ['name', 'email', 'organisation', 'sector']));
      focusFirstInvalid();
    }
  }

  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby="team-add" className="team-form">
        <form ref={form} className="stack" noValidate onSubmit={(event) => void submit(event)}>
          <Heading level={2} data-size="sm" id="team-add">
            {m.addHeading}
          </Heading>
          {errors.form ? (
            <Alert data-color="danger" role="alert">
              {errors.form}
            </Alert>
          ) : null}
          <Textfield
            label={m.name}
            value={draft.name}
            autoComplete="off"
            onChange={(event) => set('name', event.target.value)}
            error={errors.name}
          />
          <Textfield
            label={m.email}
            type="email"
            value={draft.email}
            autoComplete="off"
            onChange={(event) => set('email', event.target.value)}
            error={errors.email}
          />
          <Textfield
            label={m.organisation}
            value={draft.organisation}
            onChange={(event) => set('organisation', event.target.value)}
            error={errors.organisation}
          />
          <Field>
            <Label htmlFor="team-sector">{m.sector}</Label>
            <Select
              id="team-sector"
              value={draft.sector}
              onChange={(event) => set('sector', event.target.value as Sector)}
            >
              {SECTORS.map((sector) => (
                <Select.Option key={sector} value={sector}>
                  {m.sectors[sector]}
                </Select.Option>
              ))}
            </Select>
            {errors.sector ? <ValidationMessage>{errors.sector}</ValidationMessage> : null}
          </Field>
          <div>
            <Button type="submit" data-color="accent" disabled={add.isPending}>
              {m.add}
            </Button>
          </div>
        </form>
      </section>
    </Card>
  );
}
