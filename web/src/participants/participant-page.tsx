import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function ParticipantPage() {
  return <Page title="Participant">{null}</Page>;
}
