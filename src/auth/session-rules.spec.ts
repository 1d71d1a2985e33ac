import {
  idleDeadlineAfterRefresh,
  openingDeadlines,
  secondsLeft,
  whySessionEnds,
  type SessionState,
} from './session-rules.js';

const POLICY = { idleMinutes: 60, maxHours: 12 };
const T0 = new Date('2027-03-01T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function opened(overrides: Partial<SessionState> = {}): SessionState {
  return {
    endedAt: null,
    ...openingDeadlines(T0, POLICY),
    tokenVersion: 3,
    user: { tokenVersion: 3, disabled: false },
    ...overrides,
  };
}

describe('session deadlines', () => {
  it('opens with the idle deadline SESSION_IDLE_MINUTES and the absolute one SESSION_MAX_HOURS ahead', () => {
    expect(openingDeadlines(T0, POLICY)).toEqual({ idleExpiresAt: at(60), expiresAt: at(12 * 60) });
    expect(idleDeadlineAfterRefresh(at(45), POLICY)).toEqual(at(105));
  });

  it('gives the cookie the seconds to the nearer deadline, never fewer than 0', () => {
    expect(secondsLeft(openingDeadlines(T0, POLICY), T0)).toBe(3600);
    expect(secondsLeft({ idleExpiresAt: at(760), expiresAt: at(720) }, at(700))).toBe(20 * 60);
    expect(secondsLeft({ idleExpiresAt: at(60), expiresAt: at(720) }, at(61))).toBe(0);
  });
});

describe('whySessionEnds', () => {
  it('lets a session refresh until a minute before either deadline', () => {
    expect(whySessionEnds(opened(), at(59))).toBeNull();
    expect(whySessionEnds(opened({ idleExpiresAt: at(800) }), at(719))).toBeNull();
  });

  it('ends it at the idle deadline, and at the absolute one however recent the last refresh', () => {
    expect(whySessionEnds(opened(), at(60))).toBe('idle');
    expect(whySessionEnds(opened({ idleExpiresAt: at(760) }), at(720))).toBe('expired');
  });

  it('ends it when the user changed after it opened, or was disabled', () => {
    expect(whySessionEnds(opened({ user: { tokenVersion: 4, disabled: false } }), at(1))).toBe('user_changed');
    expect(whySessionEnds(opened({ user: { tokenVersion: 3, disabled: true } }), at(1))).toBe('user_changed');
    // The change is the reason an admin wants to read, even when the time ran out too.
    expect(whySessionEnds(opened({ user: { tokenVersion: 4, disabled: false } }), at(900))).toBe('user_changed');
  });

  it('says "ended" for a session that has ended already, so its first reason stays', () => {
    expect(whySessionEnds(opened({ endedAt: at(5) }), at(6))).toBe('ended');
  });
});
