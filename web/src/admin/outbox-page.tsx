import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function OutboxPage() {
  return <Page title="Outbox">{null}</Page>;
}
