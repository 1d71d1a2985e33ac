import { FREE_FAILURES, lockSeconds } from './account-lockout.js';

describe('lockSeconds', () => {
  it('lets the first failures pass, then waits a minute, doubling up to an hour', () => {
    expect(Array.from({ length: FREE_FAILURES }, (_, i) => lockSeconds(i))).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 12, 50].map(lockSeconds)).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });
});
