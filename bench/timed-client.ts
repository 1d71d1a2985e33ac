/**
 * The client side of a timed call, run as its own process (`timeCallsFromClient` in app.ts): a
 * browser decodes an answer on its own machine, so unzipping and reading 6 MB of JSON must not
 * share the server's thread and be counted as the server's time. Receives {url, token, runs} by
 * IPC, calls once to warm up, then `runs` times in turn, and sends back each call's milliseconds,
 * timed from the request until the whole body is read and decoded.
 */
interface Order {
  url: string;
  token: string;
  runs: number;
}

process.once('message', (order: Order) => {
  void (async () => {
    const once = async () => {
      const started = performance.now();
      const res = await fetch(order.url, { headers: { Authorization: `Bearer ${order.token}` } });
      const text = await res.text();
      if (!res.ok) throw new Error(`GET ${order.url}: ${res.status} ${text.slice(0, 200)}`);
      return performance.now() - started;
    };
    await once();
    const times: number[] = [];
    for (let r = 0; r < order.runs; r++) times.push(await once());
    process.send?.(times, () => process.exit(0));
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
