import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

let firstPage = true;

/**
 * One page of the console: sets the document title and, after a navigation (not on the first
 * load), moves focus to the page's heading so a screen reader announces where the person is.
 */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t.app.name}`;
  }, [title, t.app.name]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>
          {title}
        </Heading>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
