import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Response } from 'express';

/**
 * Sends a long array as JSON in slices of `slice` items, yielding to the event loop after each, so
 * the compression stream gzips one slice (on libuv's threads, a step per turn of the loop) while
 * this thread writes the next as text. Written in one go, every slice would queue behind the first
 * and gzip would start on most of the answer only after the last was written. The answer is byte
 * for byte JSON.stringify(items). Stops writing if the client goes away.
 */
export async function sendJsonArray(res: Response, items: readonly unknown[], slice = 250): Promise<void> {
  res.status(200).type('application/json; charset=utf-8');
  if (items.length === 0) {
    res.end('[]');
    return;
  }
  for (let i = 0; i < items.length; i += slice) {
    if (res.destroyed) return;
    const text = JSON.stringify(items.slice(i, i + slice));
    res.write(`${i === 0 ? '[' : ','}${text.slice(1, -1)}`);
    await nextTurn();
  }
  res.end(']');
}
