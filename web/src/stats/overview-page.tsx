import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function StatsOverviewPage() {
  return <Page title="Stats">{null}</Page>;
}
