import fc from 'fast-check';
import { approvedPair } from './support/api.js';
import { createTestApp, type TestApp } from './support/app.js';
import { menteeBody, mentorBody, newcomerBody, programmeBody } from './support/factories.js';

/*
 * A bounded fuzz run over every write endpoint of the OpenAPI document (POST, PUT, PATCH, DELETE):
 * bodies made of the operation's own fields filled with any JSON, and bodies of any JSON at all,
 * sent as an admin to real records. Whatever comes, the answer is never a 5xx. The two form pages
 * behind a signed link, which the document leaves out, are test/fuzz-link-forms.e2e-spec.ts's.
 */

const RUNS_PER_OPERATION = 50;

interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: Schema[];
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

let t: TestApp;
let admin: { token: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user('admin');
  const lead = await t.user('lead');
  ids.other = (await t.user('coordinator', ['1870'])).id;
  const programme = await t.http.post('/api/v1/programmes').set(t.auth(lead.token)).send(programmeBody());
  ids.programmes = programme.body.id as string;
  const add = async (body: Record<string, unknown>) =>
    (await t.http.post(`/api/v1/programmes/${ids.programmes}/participants`).set(t.auth(lead.token)).send(body)).body
      .id as string;
  const mentorId = await add(mentorBody());
  ids.participants = await add(menteeBody());
  ids.matches = (await approvedPair(t, lead.token, ids.programmes, { mentorId, menteeId: ids.participants })).id;
  const gatherings = await t.http.get(`/api/v1/programmes/${ids.programmes}/gatherings`).set(t.auth(lead.token));
  ids.gatherings = (gatherings.body as { id: string }[])[0].id;
  // The newcomer register: a municipality's number, and a newcomer of it.
  ids.municipalities = '1870';
  const newcomer = await t.http
    .post('/api/v1/municipalities/1870/newcomers')
    .set(t.auth(lead.token))
    .send(newcomerBody());
  ids.newcomers = newcomer.body.id as string;
  // A theme evening of Sortland, held a week ago (so no invitation goes out).
  const held = new Date(Date.now() - 7 * 24 * 3600_000);
  const evening = await t.http
    .post('/api/v1/municipalities/1870/events')
    .set(t.auth(lead.token))
    .send({
      theme: 'other',
      title: 'Ny i Norge',
      startsAt: held.toISOString(),
      endsAt: new Date(held.getTime() + 2 * 3600_000).toISOString(),
      location: 'Sortland bibliotek',
      partners: [],
    });
  expect(evening.status).toBe(201);
  ids.events = evening.body.id as string;
});
afterAll(() => t.close());

/** A path of the document with its parameters filled: a real record where the path names one. */
function concrete(path: string): string {
  const resource = path.split('/')[3] ?? '';
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    // A municipality's pages and team: Sortland, in bokmål.
    if (name === 'code') return '1870';
    if (name === 'language') return 'nb';
    if (resource === 'users') return ids.other;
    return ids[resource] ?? '6f1f3c1e-4b5a-4c1b-9a7e-2d3c4b5a6f70';
  });
}

function fieldsOf(schema: Schema | undefined, doc: OpenApi): string[] {
  if (!schema) return [];
  if (schema.$ref) return fieldsOf(doc.components.schemas[schema.$ref.split('/').pop() ?? ''], doc);
  return [...Object.keys(schema.properties ?? {}), ...(schema.allOf ?? []).flatMap((s) => fieldsOf(s, doc))];
}

it('never answers a write with a 5xx, whatever the body', async () => {
  const doc = (await t.http.get('/docs/openapi.json').expect(200)).body as OpenApi;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
  expect(operations.length).toBeGreaterThan(20);
  expect(operations.every(({ path }) => path.startsWith('/api/v1/'))).toBe(true);
  const statuses = new Map<string, number>();
  for (const { path, method, operation } of operations) {
    const content = operation.requestBody?.content ?? {};
    const type = Object.keys(content)[0] ?? 'application/json';
    const fields = fieldsOf(content[type]?.schema, doc);
    const body =
      type === 'application/json'
        ? fc.oneof(
            fields.length > 0
              ? fc.record(Object.fromEntries(fields.map((f) => [f, fc.jsonValue({ maxDepth: 2 })])), {
                  requiredKeys: [],
                })
              : fc.constant({}),
            fc.jsonValue({ maxDepth: 3 }),
          )
        : fc.string({ maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const req = t.http[method as 'post' | 'put' | 'patch' | 'delete'](concrete(path)).set(t.auth(admin.token));
        const res =
          type === 'application/json'
            ? await req.set('Content-Type', 'application/json').send(JSON.stringify(value))
            : await req.set('Content-Type', type).send(typeof value === 'string' ? value : JSON.stringify(value));
        const kind = `${Math.floor(res.status / 100)}xx`;
        statuses.set(kind, (statuses.get(kind) ?? 0) + 1);
        return res.status < 500;
      }),
      { numRuns: RUNS_PER_OPERATION, seed: 20271203 },
    );
  }
  // Every operation was tried; most bodies are refused, and some get through to do their work.
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(operations.length * RUNS_PER_OPERATION);
  expect(statuses.get('4xx')).toBeGreaterThan(0);
  expect(statuses.get('2xx')).toBeGreaterThan(0);
}, 300_000);
