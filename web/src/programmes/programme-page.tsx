import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function ProgrammePage() {
  return <Page title="Programme">{null}</Page>;
}
