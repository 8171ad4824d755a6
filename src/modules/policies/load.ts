// Policies as data files: policies/*.yaml (one policy each; `dmn:` names a .dmn file beside it) and
// policies/triggers.yaml (the 无感智办 triggers). Loaded by the demo seed and by the test that runs every policy's tests.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Ctx } from '../../platform/context.js';
import { publishPolicy, savePolicy, type PolicyInput } from './service.js';
import { saveTrigger, type TriggerInput } from './triggers.js';
import type { PolicyTestCase } from './testcases.js';

interface PolicyFile {
  code: string; name: PolicyInput['name']; summary: PolicyInput['summary']; subject: PolicyInput['subject']; department: string; item?: string;
  instantApproval?: boolean; autoGrant?: boolean; optOutDays?: number; conditions?: PolicyInput['rule']['conditions']; dmn?: string; tests?: PolicyTestCase[];
}

export function readPolicyFolder(dir: string): { policies: PolicyInput[]; triggers: TriggerInput[] } {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'triggers.yaml').sort();
  const policies = files.map((f) => {
    const p = parse(fs.readFileSync(path.join(dir, f), 'utf8')) as PolicyFile;
    return { code: p.code, name: p.name, summary: p.summary, subject: p.subject, departmentCode: p.department, itemCode: p.item ?? null,
      instantApproval: p.instantApproval ?? false, autoGrant: p.autoGrant ?? false, optOutDays: p.optOutDays ?? 0,
      rule: { conditions: p.conditions ?? [], dmn: p.dmn ? fs.readFileSync(path.join(dir, p.dmn), 'utf8') : null }, tests: p.tests ?? [] };
  });
  const triggerFile = path.join(dir, 'triggers.yaml');
  const triggers = fs.existsSync(triggerFile) ? (parse(fs.readFileSync(triggerFile, 'utf8')) as TriggerInput[]) : [];
  return { policies, triggers };
}

/** Saves (and with `publish`, publishes) every policy, then the triggers. */
export async function importPolicies(ctx: Ctx, files: { policies: PolicyInput[]; triggers: TriggerInput[] }, opts: { publish: boolean }): Promise<{ policies: number; triggers: number }> {
  for (const p of files.policies) {
    await savePolicy(ctx, p);
    if (opts.publish) await publishPolicy(ctx, p.code);
  }
  for (const t of files.triggers) await saveTrigger(ctx, t);
  return { policies: files.policies.length, triggers: files.triggers.length };
}
