import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { fieldErrors } from '../ui/api-errors.js';
import { refreshParticipants, type Participant } from './participants-api.js';

type ScreeningField = 'policeCertificateSeenOn' | 'confidentialitySignedOn';

/**
 * A mentor's screening: the day their police certificate was seen and the day they signed the
 * confidentiality declaration (the documents are not stored). Both are saved together; an empty
 * field clears its date. A programme that requires screening approves no pair without them.
 */
export function Screening({ person }: { person: Participant }) {
  const { t } = useI18n();
  const m = t.participants.screening;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<ScreeningField, string>>({
    policeCertificateSeenOn: person.policeCertificateSeenOn ?? '',
    confidentialitySignedOn: person.confidentialitySignedOn ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setErrors({});
    try {
      unwrap(
        await api.PUT('/api/v1/participants/{id}/screening', {
          params: { path: { id: person.id } },
          body: {
            policeCertificateSeenOn: values.policeCertificateSeenOn || null,
            confidentialitySignedOn: values.confidentialitySignedOn || null,
          },
        }),
      );
      await refreshParticipants(queryClient);
      setSaved(true);
    } catch (failure) {
      setErrors(fieldErrors(failure, t));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: ScreeningField) => (
    <Textfield
      label={m[name]}
      type="date"
      name={name}
      value={values[name]}
      error={errors[name]}
      onChange={(event) => {
        const value = event.target.value;
        setValues((current) => ({ ...current, [name]: value }));
      }}
    />
  );

  return (
    <section className="section stack" aria-labelledby="screening-heading">
      <Heading level={2} data-size="sm" id="screening-heading">
        {m.title}
      </Heading>
      <Paragraph>{m.help}</Paragraph>
      <form className="stack" onSubmit={(event) => void save(event)} noValidate>
        {field('policeCertificateSeenOn')}
        {field('confidentialitySignedOn')}
        {errors.form ? (
          <Alert data-color="danger" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        {saved ? (
          <Alert data-color="success" role="status">
            {m.saved}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" disabled={busy}>
            {m.save}
          </Button>
        </div>
      </form>
    </section>
  );
}
