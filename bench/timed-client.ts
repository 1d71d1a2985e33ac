import http from 'node:http';
import zlib from 'node:zlib';

/**
 * The client side of a timed call, run as its own process (`timeCalls` in app.ts): a browser
 * decodes an answer on its own machine, so unzipping and reading 6 MB of JSON must not share the
 * server's thread and be counted as the server's time. Receives {url, token, runs} by IPC, calls
 * once to warm up, then `runs` times in turn, asking for the encodings a browser does (the service
 * answers brotli), and sends back
 * each call's milliseconds from the request: until the last byte of the answer arrived
 * (`received`, the service's part), and until it was unzipped and read as text as it streamed in
 * (`decoded`, what a person waits for, with this machine's cores shared by both sides).
 */
interface Order {
  url: string;
  token: string;
  runs: number;
}

export interface CallTimes {
  received: number[];
  decoded: number[];
}

/** What Chromium asks for (zstd, which Node 20's zlib lacks, the service does not offer). */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

function once(order: Order): Promise<{ received: number; decoded: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(
      order.url,
      { headers: { Authorization: `Bearer ${order.token}`, 'Accept-Encoding': BROWSER_ENCODINGS } },
      (res) => {
        let received = 0;
        const encoding = res.headers['content-encoding'];
        const decoder =
          encoding === 'br'
            ? res.pipe(zlib.createBrotliDecompress())
            : encoding === 'gzip'
              ? res.pipe(zlib.createGunzip())
              : res;
        const chunks: Buffer[] = [];
        res.on('end', () => (received = performance.now() - started));
        decoder.on('data', (chunk: Buffer) => chunks.push(chunk));
        decoder.on('error', reject);
        decoder.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`GET ${order.url}: ${res.statusCode} ${text.slice(0, 200)}`));
          else resolve({ received, decoded: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
  });
}

process.once('message', (order: Order) => {
  void (async () => {
    await once(order);
    const times: CallTimes = { received: [], decoded: [] };
    for (let r = 0; r < order.runs; r++) {
      const { received, decoded } = await once(order);
      times.received.push(received);
      times.decoded.push(decoded);
    }
    process.send?.(times, () => process.exit(0));
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
