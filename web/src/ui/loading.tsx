import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { ApiFailure } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <span>{t.app.loading}</span>
    </div>
  );
}

/** A failed read, in plain words, with a way to try again. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n();
  if (error instanceof ApiFailure && error.status === 404) {
    return (
      <Alert data-color="warning">
        <Heading level={2} data-size="xs">
          {t.app.notFound}
        </Heading>
        <Paragraph>{t.app.notFoundText}</Paragraph>
      </Alert>
    );
  }
  const requestId = error instanceof ApiFailure ? error.body.requestId : undefined;
  return (
    <Alert data-color="danger">
      <Heading level={2} data-size="xs">
        {t.app.error}
      </Heading>
      <Paragraph>{t.app.errorText(requestId)}</Paragraph>
      {retry ? (
        <Button variant="secondary" data-size="sm" onClick={retry}>
          {t.app.retry}
        </Button>
      ) : null}
    </Alert>
  );
}
