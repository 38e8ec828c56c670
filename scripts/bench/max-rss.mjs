/**
 * Preloaded into a process the bench times as a whole (`node --import ./max-rss.mjs dist/cli.js
 * …`): at exit, its peak RSS and CPU time (user + system) as the last line of stderr.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  writeSync(2, `\n${JSON.stringify({ maxRssMiB: u.maxRSS / 1024, cpuMs })}\n`);
});
