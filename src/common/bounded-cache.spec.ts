import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('computes a value once and remembers it, null included', () => {
    const cache = new BoundedCache<string | null>(10);
    let calls = 0;
    const compute = () => {
      calls += 1;
      return null;
    };
    expect(cache.remember('a', compute)).toBeNull();
    expect(cache.remember('a', compute)).toBeNull();
    expect(calls).toBe(1);
  });

  it('never holds more than its maximum: when full, a new key starts it over', () => {
    const cache = new BoundedCache<number>(3);
    for (const [i, key] of ['a', 'b', 'c'].entries()) cache.set(key, i);
    cache.set('b', 10); // an existing key does not start it over
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([0, 10, 2]);
    cache.set('d', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([
      undefined,
      undefined,
      undefined,
      3,
    ]);
  });
});
