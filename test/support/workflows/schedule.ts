/** Which schedules fire in a given minute: the `schedule` events GitHub sends then, one per workflow and cron. */
import type { ActionEvent } from '../../../src/emulator/index.js';
import { cronMatches } from './cron.js';
import type { Workflow } from './load.js';

/**
 * The schedule events due in the UTC minute of `at`. GitHub's payload holds the cron and the
 * workflow's path; its run is on the default branch (GITHUB_SHA/REF are set by the runner).
 */
export function scheduledAt(workflows: readonly Workflow[], at: Date): ActionEvent[] {
  const events: ActionEvent[] = [];
  for (const w of workflows) {
    for (const s of w.template.events.schedule ?? []) {
      if (s.timezone) throw new Error(`${w.file}: schedule timezone ${s.timezone} is not emulated`);
      if (cronMatches(s.cron, at))
        events.push({ name: 'schedule', payload: { schedule: s.cron, workflow: w.file } });
    }
  }
  return events;
}
