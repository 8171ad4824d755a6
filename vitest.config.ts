// Two projects: everything on embedded PGlite, and again on a PostgreSQL server when TEST_DATABASE_URL is set
// (CI sets it, and .ci/run fails if the server is unreachable rather than skipping).
import { defineConfig } from 'vitest/config';

const common = { include: ['src/**/*.test.ts'], exclude: ['src/reliability/**', 'node_modules/**'], testTimeout: 60_000, hookTimeout: 120_000 };
// Crash, multi-node and fuzz tests run real `tongban start` processes on PostgreSQL: only with TEST_DATABASE_URL.
const reliability = { include: ['src/reliability/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false, env: { TONGBAN_TEST_DB: 'postgres' } };

export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'pglite' } },
      ...(process.env.TEST_DATABASE_URL ? [{ test: { ...common, name: 'postgres', env: { TONGBAN_TEST_DB: 'postgres' } } }, { test: { ...reliability, name: 'reliability' } }] : []),
    ],
  },
});
