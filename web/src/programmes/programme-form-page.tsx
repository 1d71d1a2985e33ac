import { Page } from '../ui/page.js';

// Placeholder until this page is built (issue 10).
export function NewProgrammePage() {
  return <Page title="New programme">{null}</Page>;
}

export function EditProgrammePage() {
  return <Page title="Edit programme">{null}</Page>;
}
