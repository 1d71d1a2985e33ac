import { Button, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.js';
import { useUser } from '../auth/session.js';
import { useI18n } from '../i18n/i18n.js';
import { fileSlug, saveBlob, todayInOslo } from '../stats/csv-download.js';
import { fieldErrors } from '../ui/api-errors.js';
import { ConfirmButton } from '../ui/confirm.js';

/** Downloads a JSON document of the API as a file, saying so when it fails. */
function DownloadButton({
  label,
  fetchBlob,
  filename,
}: {
  label: string;
  fetchBlob: () => Promise<Blob>;
  filename: string;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  return (
    <span className="stack">
      <Button
        variant="secondary"
        data-size="sm"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(undefined);
          fetchBlob()
            .then((blob) => saveBlob(blob, filename))
            .catch((failure: unknown) => setError(fieldErrors(failure, t).form ?? t.app.errorText(undefined)))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </span>
  );
}

/**
 * A participant's export (every record about them, as JSON) for whoever may see them, and their
 * erasure for admins and leads: asked once, with a reason, saying what will happen.
 */
export function ParticipantPrivacyActions({
  person,
  onErased,
}: {
  person: { id: string; name: string; erased?: boolean };
  onErased: () => void;
}) {
  const { t } = useI18n();
  const m = t.participants.privacy;
  const user = useUser();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mayErase = (user.role === 'admin' || user.role === 'lead') && !person.erased;
  return (
    <div className="row">
      <DownloadButton
        label={m.export}
        filename={`mentornett-${person.erased ? 'erased' : fileSlug(person.name)}-${todayInOslo()}.json`}
        fetchBlob={async () =>
          unwrap<Blob>(
            await api.GET('/api/v1/participants/{id}/export', {
              params: { path: { id: person.id } },
              parseAs: 'blob',
            }),
          )
        }
      />
      {mayErase ? (
        <ConfirmButton
          label={m.erase}
          title={m.eraseTitle(person.name)}
          description={m.eraseDescription}
          confirmLabel={m.eraseConfirm}
          onConfirm={async () => {
            if (reason.trim().length < 3) {
              setError(m.reasonRequired);
              return true;
            }
            try {
              unwrap(
                await api.POST('/api/v1/participants/{id}/erase', {
                  params: { path: { id: person.id } },
                  body: { reason: reason.trim() },
                }),
              );
            } catch (failure) {
              const errors = fieldErrors(failure, t);
              setError(errors.reason ?? errors.form ?? t.app.errorText(undefined));
              return true;
            }
            setReason('');
            setError(undefined);
            await queryClient.invalidateQueries({ queryKey: ['participants'] });
            onErased();
            return false;
          }}
        >
          <Textfield
            label={m.reason}
            description={m.reasonHelp}
            maxLength={500}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setError(undefined);
            }}
            error={error}
          />
        </ConfirmButton>
      ) : null}
    </div>
  );
}

/** A programme's archive (the whole programme as one JSON document), for admins and leads. */
export function ProgrammeArchiveButton({ programme }: { programme: { id: string; name: string } }) {
  const { t } = useI18n();
  const user = useUser();
  if (user.role !== 'admin' && user.role !== 'lead') return null;
  return (
    <div className="stack">
      <Paragraph data-size="sm">{t.participants.privacy.archiveHelp}</Paragraph>
      <div>
        <DownloadButton
          label={t.participants.privacy.archive}
          filename={`mentornett-arkiv-${fileSlug(programme.name)}-${todayInOslo()}.json`}
          fetchBlob={async () =>
            unwrap<Blob>(
              await api.GET('/api/v1/programmes/{id}/archive', {
                params: { path: { id: programme.id } },
                parseAs: 'blob',
              }),
            )
          }
        />
      </div>
    </div>
  );
}
