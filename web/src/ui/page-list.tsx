import { Pagination, usePagination } from '@digdir/designsystemet-react';

/** What a list's page buttons say, in the reader's language. */
export interface PageListWords {
  label: string;
  previous: string;
  next: string;
  page: (page: number) => string;
}

/**
 * The page buttons under a paged list (nothing when it has one page): previous, up to seven page
 * numbers, next; the current page marked for screen readers. `onPage` puts the page in the URL.
 */
export function PageList({
  current,
  pages,
  onPage,
  words,
}: {
  current: number;
  pages: number;
  onPage: (page: number) => void;
  words: PageListWords;
}) {
  const pagination = usePagination({ currentPage: current, totalPages: pages, showPages: 7, setCurrentPage: onPage });
  if (pages <= 1) return null;
  return (
    <Pagination aria-label={words.label}>
      <Pagination.List>
        {pagination.hasPrev ? (
          <Pagination.Item>
            <Pagination.Button onClick={pagination.prevButtonProps.onClick}>{words.previous}</Pagination.Button>
          </Pagination.Item>
        ) : null}
        {pagination.pages.map(({ page, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof page === 'number' && buttonProps ? (
              <Pagination.Button
                onClick={buttonProps.onClick}
                aria-current={buttonProps['aria-current'] ? 'page' : undefined}
                aria-label={words.page(page)}
              >
                {page}
              </Pagination.Button>
            ) : (
              <span aria-hidden="true">…</span>
            )}
          </Pagination.Item>
        ))}
        {pagination.hasNext ? (
          <Pagination.Item>
            <Pagination.Button onClick={pagination.nextButtonProps.onClick}>{words.next}</Pagination.Button>
          </Pagination.Item>
        ) : null}
      </Pagination.List>
    </Pagination>
  );
}
