#!/usr/bin/env node
// The `tongban` command. TypeScript runs through tsx so that `npm ci && npm start` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
