/** Instants as people in the rollout's time zone read them. */
import { localDate, localTime } from '../judge/calendar.js';

/** "2026-11-20 19:00" in the zone (no zone name; say it once in the surrounding text). */
export function localStamp(t: number, tz: string): string {
  return `${localDate(t, tz)} ${localTime(t, tz)}`;
}
