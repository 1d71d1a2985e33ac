import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from './loading.js';

/** What a list paged by "is there a next page" says, in the reader's language. */
export interface SeekListWords {
  showing: (first: string, last: string) => string;
  none: string;
  noMore: string;
  pages: string;
  page: (page: number) => string;
  previous: string;
  next: string;
}

/**
 * A list the API pages by `limit` and `offset` without a total (the audit log, the outbox): the
 * read's failure or progress, then which rows these are and the list, and links to the page before
 * and after. The page is the URL's `page` parameter, so the other filters in the URL stay.
 */
export function SeekList({
  page,
  pageSize,
  read,
  words,
  children,
}: {
  page: number;
  pageSize: number;
  read: { error: unknown; data?: { count: number; hasNext: boolean }; retry: () => void };
  words: SeekListWords;
  /** The rows of this page, shown when there are any. */
  children: ReactNode;
}) {
  const { f } = useI18n();
  const [params] = useSearchParams();
  const pageLink = (to: number) => {
    const next = new URLSearchParams(params);
    if (to > 1) next.set('page', String(to));
    else next.delete('page');
    return `?${next.toString()}`;
  };
  if (read.error) return <LoadError error={read.error} retry={read.retry} />;
  if (!read.data) return <Loading />;
  const { count, hasNext } = read.data;
  const first = (page - 1) * pageSize;
  return (
    <>
      {count === 0 ? (
        <Paragraph>{page > 1 ? words.noMore : words.none}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" aria-live="polite">
            {words.showing(f.number(first + 1), f.number(first + count))}
          </Paragraph>
          {children}
        </>
      )}
      {page > 1 || hasNext ? (
        <nav className="pager" aria-label={words.pages}>
          {page > 1 ? (
            <Link asChild>
              <RouterLink to={pageLink(page - 1)}>{words.previous}</RouterLink>
            </Link>
          ) : null}
          <span>{words.page(page)}</span>
          {hasNext ? (
            <Link asChild>
              <RouterLink to={pageLink(page + 1)}>{words.next}</RouterLink>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
