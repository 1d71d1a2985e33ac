import { readFile, writeFile } from 'node:fs/promises';
import { SwaggerModule } from '@nestjs/swagger';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { openApiConfig } from '../src/app.setup.js';
import { createTestApp, type TestApp } from './support/app.js';

/**
 * The console's typed client (web/src/api/schema.d.ts) is generated from the service's own
 * OpenAPI document. This test fails when the committed file is stale; `npm run api:client`
 * runs it with UPDATE_API_CLIENT=1, which writes the file instead.
 */
const CLIENT = new URL('../web/src/api/schema.d.ts', import.meta.url);
const HEADER = "// Generated from the service's OpenAPI document by `npm run api:client`. Do not edit.\n\n";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('the console client is the one the current OpenAPI document generates', async () => {
  const document = SwaggerModule.createDocument(t.app, openApiConfig());
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true });
  const config = (await resolveConfig(CLIENT.pathname)) ?? {};
  const generated = await format(HEADER + astToString(ast), { ...config, parser: 'typescript' });
  if (process.env.UPDATE_API_CLIENT === '1') {
    await writeFile(CLIENT, generated);
    return;
  }
  const committed = await readFile(CLIENT, 'utf8').catch(() => '');
  if (committed !== generated) {
    throw new Error('web/src/api/schema.d.ts is stale: run `npm run api:client` and commit the result');
  }
});
