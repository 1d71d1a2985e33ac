import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/i18n.js';
import { Page } from '../ui/page.js';

export function AccessibilityPage() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <Page title={t.accessibilityPage.title}>
        {t.accessibilityPage.body.map((text) => (
          <Paragraph key={text}>{text}</Paragraph>
        ))}
      </Page>
    </div>
  );
}
