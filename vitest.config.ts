import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const WORKFLOW_PARSER = /[\\/]@actions[\\/]workflow-parser[\\/]dist[\\/].*\.js$/;

export default defineConfig({
  plugins: [
    {
      // The package ships source maps pointing at sources it does not ship: Vite warns once per
      // file. Loaded without the map comment, the files are read as they are.
      name: 'workflow-parser-without-source-maps',
      enforce: 'pre',
      load(id) {
        if (!WORKFLOW_PARSER.test(id)) return null;
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
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
    // @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which
    // Node refuses ("needs an import attribute of type: json"); inlined, Vite transforms the
    // import instead (test/support/workflows/).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
