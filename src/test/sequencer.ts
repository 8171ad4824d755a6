// Test file order: the longest first, across projects. With a few workers the run ends when its last file ends, so
// a long file started late (Vitest's default queues every PGlite file before any PostgreSQL one, and on a clean
// clone knows no durations, only file sizes) leaves the other workers idle while it finishes.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Seconds per file, setup included, measured on the 2-core CI machine (November 2026). Only the files far from the
// typical 10–30 s need a line; a stale figure costs some speed, never a test. Vitest's own record of the last run
// on this machine (node_modules/.vite), when there is one, comes first.
const KNOWN_SECONDS: Record<string, number> = {
  'pglite:src/modules/directory/directory.test.ts': 110,
  'postgres:src/modules/directory/directory.test.ts': 75,
  'pglite:src/cli.test.ts': 80,
  'pglite:src/modules/identity/sign-in.test.ts': 78,
  'postgres:src/modules/identity/sign-in.test.ts': 75,
  'pglite:src/platform/audit.test.ts': 68,
  'postgres:src/platform/audit.test.ts': 46,
  'pglite:src/platform/calendar.test.ts': 58,
  'postgres:src/platform/calendar.test.ts': 30,
  'pglite:src/platform/jobs.test.ts': 50,
  'postgres:src/platform/jobs.test.ts': 34,
  'pglite:src/modules/exchange/exchange.test.ts': 37,
  'pglite:src/demo/demo-catalog.test.ts': 34,
  'pglite:src/demo/demo-bundles.test.ts': 33,
  'pglite:src/modules/policies/compile.test.ts': 30,
  'postgres:src/demo/demo-catalog.test.ts': 30,
  'postgres:src/modules/policies/instant-approval.test.ts': 30,
  // Browser and reliability tests run one at a time: their order changes nothing.
};

const TYPICAL_MS = 15_000;

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cache = this.ctx.cache;
    const estimate = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${path.relative(root, spec.moduleId)}`;
      const last = cache.getFileTestResults(key);
      if (last) return last.failed ? Number.MAX_SAFE_INTEGER : last.duration; // a failed file first, as Vitest does
      const known = KNOWN_SECONDS[key];
      if (known !== undefined) return known * 1000;
      return TYPICAL_MS + (cache.getFileStats(key)?.size ?? 0) / 1000; // among the rest, larger files first
    };
    const estimates = new Map(files.map((spec) => [spec, estimate(spec)]));
    return [...files].sort((a, b) =>
      a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || estimates.get(b)! - estimates.get(a)!);
  }
}
