import type { TestApp } from './app.js';

/** A pair proposed by hand and approved through the API (from `startsOn`, or the default day). */
export async function approvedPair(
  t: TestApp,
  token: string,
  programmeId: string,
  pair: { mentorId: string; menteeId: string; startsOn?: string },
): Promise<{ id: string; startsOn: string }> {
  const match = await t.http
    .post(`/api/v1/programmes/${programmeId}/matches`)
    .set(t.auth(token))
    .send({ mentorId: pair.mentorId, menteeId: pair.menteeId });
  expect(match.status).toBe(201);
  const approved = await t.http
    .post(`/api/v1/matches/${match.body.id}/approve`)
    .set(t.auth(token))
    .send(pair.startsOn ? { startsOn: pair.startsOn } : {});
  expect(approved.status).toBe(200);
  return approved.body as { id: string; startsOn: string };
}
