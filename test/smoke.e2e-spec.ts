import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('answers health', async () => {
  const res = await t.http.get('/api/v1/health');
  expect(res.status).toBe(200);
});
