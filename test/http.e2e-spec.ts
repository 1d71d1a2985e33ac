import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { openApiConfig } from '../src/app.setup.js';
import { ACCESS_KEY } from '../src/common/access/access.decorator.js';
import { createTestApp, rowCounts, type TestApp } from './support/app.js';
import { programmeBody } from './support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers 200 when PostgreSQL and Redis answer', async () => {
    const res = await t.http.get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body.details).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers 503 when Redis does not', async () => {
    const broken = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await broken.http.get('/api/v1/health');
      expect(res.status).toBe(503);
      expect(res.body.details).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'down' } });
    } finally {
      await broken.close();
    }
  });
});

describe('every endpoint declares who may call it', () => {
  it('has an access rule on each route handler', () => {
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const undeclared: string[] = [];
    let handlers = 0;
    for (const wrapper of controllers) {
      const instance = wrapper.instance;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        if (!Reflect.getMetadata('path', handler)) continue;
        handlers += 1;
        const rule = reflector.getAllAndOverride<unknown>(ACCESS_KEY, [handler, instance.constructor]);
        if (!rule) undeclared.push(`${instance.constructor.name}.${name}`);
      }
    }
    expect(handlers).toBeGreaterThan(15);
    expect(undeclared).toEqual([]);
  });
});

describe('OpenAPI', () => {
  it('is served at /docs, and every field of every schema is described', async () => {
    expect((await t.http.get('/docs/')).status).toBe(200);
    const document = SwaggerModule.createDocument(t.app, openApiConfig());
    const undescribed: string[] = [];
    for (const [schemaName, schema] of Object.entries(document.components?.schemas ?? {})) {
      const properties = (
        schema as { properties?: Record<string, { description?: string; $ref?: string; allOf?: unknown }> }
      ).properties;
      for (const [field, property] of Object.entries(properties ?? {})) {
        if (!property.description) undescribed.push(`${schemaName}.${field}`);
      }
    }
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['CreateParticipantDto', 'ProgrammeResponse', 'LoginDto']),
    );
    expect(undescribed).toEqual([]);
    // Every reference names a schema the document has (a nested model is registered, not dangling).
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    expect([...new Set(refs)].filter((name) => !(name in (document.components?.schemas ?? {})))).toEqual([]);
    expect(Object.keys(document.paths)).toContain('/api/v1/programmes/{id}/participants/import');
    const served = await t.http.get('/docs/openapi.json');
    expect(served.status).toBe(200);
  });
});

describe('input the API refuses as a whole', () => {
  let token: string;
  beforeAll(async () => {
    token = (await t.user('lead')).token;
  });

  it('answers malformed JSON with a 400 in the API error shape', async () => {
    const res = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(token))
      .set('Content-Type', 'application/json')
      .send('{"name": "Vesterålen", ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      message: 'The request body is not valid JSON',
      error: 'Bad Request',
      errors: [{ field: 'body', code: 'invalid_json', params: {}, message: 'The request body is not valid JSON' }],
    });
  });

  it('answers a body over 1 MB with 413 and stores nothing', async () => {
    const before = await rowCounts(t.db);
    const res = await t.http
      .post('/api/v1/programmes')
      .set(t.auth(token))
      .send(programmeBody({ name: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body.statusCode).toBe(413);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('answers malformed ids with a 400 naming the parameter', async () => {
    for (const path of [
      '/api/v1/programmes/123',
      '/api/v1/participants/not-a-uuid',
      "/api/v1/gatherings/1' or '1'='1/attendance",
    ]) {
      const res = await t.http.get(path).set(t.auth(token));
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.message).toEqual(['id must be a UUID']);
    }
  });

  it('answers an id that does not exist with 404', async () => {
    const res = await t.http.get('/api/v1/programmes/00000000-0000-4000-8000-000000000000').set(t.auth(token));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      statusCode: 404,
      message: 'Programme not found',
      error: 'Not Found',
      errors: [{ field: null, code: 'not_found', params: { resource: 'programme' }, message: 'Programme not found' }],
    });
  });

  it('refuses unknown query parameters and a bad role filter', async () => {
    const id = (await t.http.post('/api/v1/programmes').set(t.auth(token)).send(programmeBody())).body.id as string;
    const unknown = await t.http.get(`/api/v1/programmes/${id}/participants?colour=red`).set(t.auth(token));
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toEqual(['property colour should not exist']);
    const role = await t.http.get(`/api/v1/programmes/${id}/participants?role=boss`).set(t.auth(token));
    expect(role.body.message).toEqual(['role must be mentor or mentee']);
    const limit = await t.http.get('/api/v1/programmes?limit=0').set(t.auth(token));
    expect(limit.status).toBe(400);
  });

  it('tags each answer with a request id, and keeps a sane one the caller gave', async () => {
    const mine = await t.http.get('/api/v1/health').set('X-Request-Id', 'abc-123');
    expect(mine.headers['x-request-id']).toBe('abc-123');
    const theirs = await t.http.get('/api/v1/health').set('X-Request-Id', 'bad id with spaces');
    expect(theirs.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
