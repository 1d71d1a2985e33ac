import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function PairsPage() {
  return <Page title="Pairs">{null}</Page>;
}
