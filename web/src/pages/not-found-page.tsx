import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { Page } from '../ui/page.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t.app.notFound}>
      <Paragraph>{t.app.notFoundText}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/programmes">{t.app.backToProgrammes}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
