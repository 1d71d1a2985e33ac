import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function MatchingPage() {
  return <Page title="Matching">{null}</Page>;
}
