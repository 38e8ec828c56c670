import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker per core minus one: one on this project's 2-core machines.
    // The tests wait on child processes, git and loopback HTTP much of the time, so two workers
    // halve the wall time (79 s against 150 s, same machine).
    maxWorkers: 2,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
