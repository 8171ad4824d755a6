// Two projects: everything on embedded PGlite, and again on a PostgreSQL server when TEST_DATABASE_URL is set
// (CI sets it, and .ci/run fails if the server is unreachable rather than skipping).
import { defineConfig } from 'vitest/config';

const common = { include: ['src/**/*.test.ts'], exclude: ['src/reliability/**', 'node_modules/**'], testTimeout: 60_000, hookTimeout: 120_000 };
// Crash, multi-node and fuzz tests run real `tongban start` processes on PostgreSQL: only with TEST_DATABASE_URL.
const reliability = { include: ['src/reliability/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false, env: { TONGBAN_TEST_DB: 'postgres' } };

export default defineConfig({
  test: {
    // Most test time is spent waiting on PostgreSQL, child processes and the browser, not on the CPU: on a 2-core CI
    // machine the default (cores - 1 = one worker) leaves a core idle. Three workers keep both busy.
    maxWorkers: 3,
    projects: [
      { test: { ...common, name: 'pglite' } },
      // Browser tests (e2e/): a real server and Debian's chromium; one file at a time, they share the two cores.
      { test: { name: 'e2e', include: ['e2e/**/*.test.ts'], globalSetup: ['e2e/global-setup.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
      ...(process.env.TEST_DATABASE_URL ? [{ test: { ...common, name: 'postgres', env: { TONGBAN_TEST_DB: 'postgres' } } }, { test: { ...reliability, name: 'reliability' } }] : []),
    ],
  },
});
