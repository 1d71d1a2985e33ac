import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, programmeBody } from './support/factories.js';

let t: TestApp;
let admin = '';
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.user('admin')).token;
});
afterAll(() => t.close());

it('race: register in a municipality while the programme drops it', async () => {
  const A = () => t.auth(admin);
  let both = 0;
  for (let i = 0; i < 30; i++) {
    const p = (await t.http.post('/api/v1/programmes').set(A()).send(programmeBody({ municipalityCodes: ['1870', '1871'] }))).body.id;
    const [reg, patch] = await Promise.all([
      t.http.post(`/api/v1/programmes/${p}/participants`).set(A()).send(menteeBody({ municipalityCode: '1871' })),
      t.http.patch(`/api/v1/programmes/${p}`).set(A()).send({ municipalityCodes: ['1870'] }),
    ]);
    if (reg.status === 201 && patch.status === 200) both++;
  }
  const rows = await t.db.query(`SELECT count(*)::int AS n FROM participants p WHERE NOT EXISTS (SELECT 1 FROM programme_municipalities pm WHERE pm.programme_id = p.programme_id AND pm.municipality_code = p.municipality_code)`);
  console.log('both succeeded', both, 'orphans', rows);
  // coordinator of 1871 can no longer see the programme but the participant still counts to it
});
