import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function UsersPage() {
  return <Page title="Users">{null}</Page>;
}
