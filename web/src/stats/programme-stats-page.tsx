import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function ProgrammeStatsPage() {
  return <Page title="Stats">{null}</Page>;
}
