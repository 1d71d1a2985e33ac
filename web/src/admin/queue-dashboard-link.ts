import type { MouseEvent } from 'react';
import { api } from '../api/client.js';

export const QUEUE_DASHBOARD = '/api/v1/admin/queues/';

/**
 * Opens the queue dashboard, a page the browser loads directly (no bearer token goes with it):
 * first asks the API for the dashboard's cookie (15 minutes, bound to this console session), so
 * an admin who signed in with the municipality account gets in without a password. Should that
 * fail, the dashboard still opens and asks for the admin's email and password.
 */
export async function openQueueDashboard(
  newTab: boolean,
  go: (url: string, newTab: boolean) => void = (url, inNewTab) => {
    if (inNewTab) window.open(url, '_blank', 'noopener');
    else window.location.assign(url);
  },
): Promise<void> {
  await api.POST('/api/v1/admin/dashboard-session').catch(() => undefined);
  go(QUEUE_DASHBOARD, newTab);
}

/** The click of a link to the dashboard: the cookie first, then the page (in a new tab when asked). */
export function onQueueDashboardClick(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0) return;
  event.preventDefault();
  void openQueueDashboard(event.metaKey || event.ctrlKey || event.shiftKey);
}
