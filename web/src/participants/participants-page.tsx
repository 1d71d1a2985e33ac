import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function ParticipantsPage() {
  return <Page title="Participants">{null}</Page>;
}
