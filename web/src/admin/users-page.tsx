import { Alert, Button, Dialog, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ApiFailure } from '../api/client.js';
import { municipalityNames, useMunicipalities } from '../api/queries.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { LANGUAGE_NAMES, isLanguage } from '../i18n/languages.js';
import { ConfirmButton } from '../ui/confirm.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { useUpdateUser, useUsers, type User, type UserChange } from './admin-queries.js';
import { UserForm } from './user-form.js';
import './admin.css';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

/**
 * `/admin/users` (admins): every account with its role, municipalities, language and whether
 * it is disabled; create one, change one's name, role and municipalities, disable or enable it.
 * Disabling logs the person out at once, so it asks first.
 */
export function UsersPage() {
  const { t } = useI18n();
  const a = t.admin.users;
  const users = useUsers();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  return (
    <Page
      title={a.title}
      actions={
        <Button
          onClick={() => {
            setNotice(null);
            setEditing({ mode: 'create' });
          }}
        >
          {a.create}
        </Button>
      }
    >
      <div className="stack">
        <div role="status">
          {notice ? (
            <Alert data-color={notice.kind}>
              <Paragraph>{notice.text}</Paragraph>
            </Alert>
          ) : null}
        </div>
        {users.error ? (
          <LoadError error={users.error} retry={() => void users.refetch()} />
        ) : !users.data ? (
          <Loading />
        ) : (
          <UserTable
            users={users.data}
            onEdit={(user) => {
              setNotice(null);
              setEditing({ mode: 'edit', user });
            }}
            onNotice={setNotice}
          />
        )}
      </div>
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        closeButton={t.app.close}
        closedby="closerequest"
        className="user-dialog"
        aria-labelledby="user-dialog-title"
      >
        {editing ? (
          <div className="stack">
            <Heading level={2} data-size="sm" id="user-dialog-title">
              {editing.mode === 'create' ? a.createTitle : a.editTitle(editing.user.name)}
            </Heading>
            <UserForm
              key={editing.mode === 'create' ? 'create' : editing.user.id}
              user={editing.mode === 'edit' ? editing.user : undefined}
              onCancel={() => setEditing(null)}
              onDone={(user, change) => {
                setEditing(null);
                setNotice({ kind: 'success', text: change ? changedText(user, change, t) : a.created(user.name) });
              }}
            />
          </div>
        ) : null}
      </Dialog>
    </Page>
  );
}

function changedText(user: User, change: UserChange, t: ReturnType<typeof useI18n>['t']): string {
  const endsSessions = change.role !== undefined || change.municipalityCodes !== undefined;
  return endsSessions ? t.admin.users.savedLoggedOut(user.name) : t.admin.users.saved(user.name);
}

function UserTable({
  users,
  onEdit,
  onNotice,
}: {
  users: User[];
  onEdit: (user: User) => void;
  onNotice: (notice: { kind: 'success' | 'danger'; text: string }) => void;
}) {
  const { t, language } = useI18n();
  const a = t.admin.users;
  const me = useUser();
  const municipalities = useMunicipalities();
  const update = useUpdateUser();
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb');
  // Enabled accounts first, each group by name.
  const sorted = [...users].sort((x, y) => Number(x.disabled) - Number(y.disabled) || collator.compare(x.name, y.name));
  const setDisabled = (user: User, disabled: boolean) =>
    update.mutateAsync({ id: user.id, change: { disabled } }).then(
      () => onNotice({ kind: 'success', text: disabled ? a.disabledDone(user.name) : a.enabledDone(user.name) }),
      (error: unknown) =>
        onNotice({
          kind: 'danger',
          text: error instanceof ApiFailure && error.status === 409 ? a.lastAdmin : t.app.errorText(undefined),
        }),
    );
  return (
    <TableScroll label={a.tableCaption}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{a.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{a.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.email}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.municipalities}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.languageShort}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{a.actions}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((user) => {
            const isMe = user.id === me.id;
            return (
              <Table.Row key={user.id}>
                <Table.HeaderCell scope="row">
                  {user.name}
                  {isMe ? ` ${a.you}` : null}
                </Table.HeaderCell>
                <Table.Cell>{user.email}</Table.Cell>
                <Table.Cell>{t.roles[user.role]}</Table.Cell>
                <Table.Cell>
                  {user.role === 'coordinator'
                    ? municipalityNames(user.municipalityCodes, municipalities.data)
                    : a.allProgrammes}
                </Table.Cell>
                <Table.Cell>
                  {isLanguage(user.preferredLanguage) ? LANGUAGE_NAMES[user.preferredLanguage] : user.preferredLanguage}
                </Table.Cell>
                <Table.Cell>
                  {user.disabled ? (
                    <Tag data-color="neutral">
                      <span aria-hidden="true" className="mark-symbol">
                        ⊘
                      </span>
                      {a.disabled}
                    </Tag>
                  ) : (
                    <Tag data-color="success">
                      <span aria-hidden="true" className="mark-symbol">
                        ✓
                      </span>
                      {a.enabled}
                    </Tag>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="admin-actions">
                    <Button variant="secondary" data-size="sm" onClick={() => onEdit(user)}>
                      {a.edit}
                      <span className="visually-hidden"> {user.name}</span>
                    </Button>
                    {isMe ? null : user.disabled ? (
                      <Button variant="secondary" data-size="sm" onClick={() => void setDisabled(user, false)}>
                        {a.enable}
                        <span className="visually-hidden"> {user.name}</span>
                      </Button>
                    ) : (
                      <ConfirmButton
                        label={
                          <>
                            {a.disable}
                            <span className="visually-hidden"> {user.name}</span>
                          </>
                        }
                        title={a.disableTitle(user.name)}
                        description={a.disableText(user.name)}
                        confirmLabel={a.disable}
                        onConfirm={() => setDisabled(user, true)}
                      />
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
