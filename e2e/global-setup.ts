// One real server for all browser tests (starting one costs the demo city's seeding): started before the e2e
// files run, stopped after. Each file signs in its own people, so they do not meet.
import type { TestProject } from 'vitest/node';
import { startServer } from './support.js';

declare module 'vitest' {
  export interface ProvidedContext { e2eServerUrl: string }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('e2eServerUrl', server.url);
  return () => server.stop();
}
