import http from 'node:http';
import compression from 'compression';
import express from 'express';
import request from 'supertest';
import { sendJsonArray } from './json-array-stream.js';

/** A real HTTP app that sends `items` in slices of two, compressed as the service does. */
function app(items: unknown[]) {
  const server = express();
  server.use(compression({ level: 1, threshold: 0 }));
  server.get('/', (_req, res) => void sendJsonArray(res, items, 2));
  return server;
}

describe('sendJsonArray', () => {
  it.each([0, 1, 2, 3, 4, 7])('sends %i items as exactly JSON.stringify of them, gzipped', async (count) => {
    const items = Array.from({ length: count }, (_, i) => ({ i, name: `Åse «${i}»`, gone: undefined, tags: [i] }));
    const res = await request(app(items)).get('/').set('Accept-Encoding', 'gzip').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text).toBe(JSON.stringify(items));
  });
});

describe('sendJsonArray when the client goes away', () => {
  it('stops writing the rest, and returns', async () => {
    let written = 0;
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      toJSON: () => (written++, { i, text: 'x'.repeat(200) }),
    }));
    let sent: Promise<void> | undefined;
    const server = express()
      .use(compression({ level: 1, threshold: 0 }))
      .get('/', (_req, res) => {
        sent = sendJsonArray(res, items, 10);
      })
      .listen(0);
    try {
      await new Promise<void>((resolve) => server.once('listening', resolve));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      await new Promise<void>((resolve, reject) => {
        const req = http.get({ port, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)));
      });
      await sent;
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThan(items.length);
    } finally {
      server.close();
    }
  });
});
