import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function PairPage() {
  return <Page title="Pair">{null}</Page>;
}
