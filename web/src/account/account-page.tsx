import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function AccountPage() {
  return <Page title="Account">{null}</Page>;
}
