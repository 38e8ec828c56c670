/** The two clocks the entries wire into the Clock port (src/ports/clock.ts). */
import type { Clock } from './ports/clock.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A clock that reads `now()` from the caller and never waits (replays, the demo, tests). */
export function manualClock(now: () => number): Clock {
  return { now, sleep: async () => {} };
}
