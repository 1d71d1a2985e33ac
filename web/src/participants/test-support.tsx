import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n.js';
import type { Language } from '../i18n/languages.js';

/*
 * For the participants area's component tests. Import this module first in a test file: the
 * console's client (openapi-fetch) builds requests on relative URLs (`/api/v1/...`), which Node's
 * Request refuses outside a browser, so a Request that reads them against the page's address is put
 * in place before the client is created. `fetch` itself stays the test's to mock (globalThis.fetch).
 */
const NodeRequest = globalThis.Request;
class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
}
globalThis.Request = PageRequest;

// Designsystemet's Spinner keeps its animations in step through document.getAnimations, which jsdom lacks.
if (typeof document.getAnimations !== 'function') document.getAnimations = () => [];

/** The providers a widget of the console needs: the language and a fresh query cache. */
export function renderWith(ui: ReactNode, language: Language = 'nb'): ReactNode {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={language}>{ui}</I18nProvider>
    </QueryClientProvider>
  );
}

/** A JSON answer as the API gives one. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
