import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function ImportPage() {
  return <Page title="Import">{null}</Page>;
}
