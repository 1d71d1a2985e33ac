import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUEUE_DASHBOARD, openQueueDashboard } from './queue-dashboard-link.js';

const mocks = vi.hoisted(() => ({ calls: [] as string[], post: vi.fn() }));

vi.mock('../api/client.js', () => ({ api: { POST: mocks.post } }));

afterEach(() => {
  mocks.calls.length = 0;
  vi.clearAllMocks();
});

describe('opening the queue dashboard from the console', () => {
  it("asks for the dashboard's cookie first, then opens the page", async () => {
    mocks.post.mockImplementation((path: string) => {
      mocks.calls.push(`POST ${path}`);
      return Promise.resolve({ response: new Response(null, { status: 204 }) });
    });
    await openQueueDashboard(false, (url, newTab) => mocks.calls.push(`open ${url} ${newTab}`));
    expect(mocks.calls).toEqual([`POST /api/v1/admin/dashboard-session`, `open ${QUEUE_DASHBOARD} false`]);
  });

  it('still opens the page (which then asks for a password) when the cookie cannot be had', async () => {
    mocks.post.mockRejectedValue(new TypeError('network down'));
    const go = vi.fn();
    await openQueueDashboard(true, go);
    expect(go).toHaveBeenCalledWith(QUEUE_DASHBOARD, true);
  });
});
