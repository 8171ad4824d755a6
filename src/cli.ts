// The `tongban` command: start, migrate, seed, audit verify/checkpoint/public-key, user create-admin, keys, catalog, config.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { createTongban, openPlatform } from './app.js';
import { system } from './platform/actor.js';
import fs from 'node:fs';
import { verifyAuditChain } from './platform/audit.js';
import { anchorOf, auditCheckpointJwks, parseCheckpointJwks, readAuditCheckpoint, takeAuditCheckpoint } from './platform/audit-checkpoint.js';
import { ConfigError, configTable, loadConfig } from './platform/config.js';
import { makeCtx, type Platform } from './platform/context.js';
import { AppError } from './platform/errors.js';
import { DEMO_DISTRICTS, isDemoSeeded, seedDemo, seedDemoCatalog } from './demo/seed.js';
import { createAccount, seedSyntheticPopulation } from './modules/identity/index.js';
import { listDepartmentKeys, revokeDepartmentKey, rotateDepartmentKeys } from './modules/certificates/index.js';
import { getDepartment, listDepartments } from './modules/directory/index.js';
import { keyPurposes, type KeyPurpose } from './platform/signing-keys.js';
import type { Ctx } from './platform/context.js';
import { randomToken } from './platform/crypto.js';
import { CatalogFileError, importCatalog, readCatalogFolder } from './modules/catalog/index.js';
import { ensureWebBuilt } from './web-build.js';

const count = (name: string) => (raw: string) => {
  if (!/^\d+$/.test(raw) || Number(raw) > 10_000_000) throw new InvalidArgumentError(`${name} must be a whole number up to 10000000`);
  return Number(raw);
};

async function withPlatform<T>(fn: (platform: Platform) => Promise<T>): Promise<T> {
  const platform = await openPlatform({ config: loadConfig(), logger: undefined });
  try {
    return await fn(platform);
  } finally {
    await platform.database.close();
  }
}

/** A strong random password that also meets the password rule (letters and digits): about 1 in 30 draws lacks a digit. */
function generatedPassword(): string {
  for (;;) {
    const candidate = randomToken(15);
    if (/[A-Za-z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** A file the operator named; a missing or unreadable one is their mistake, reported as such. */
function readInput(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new AppError({ code: 'platform.audit_file_unreadable', status: 422, cause: e,
      message: { zh: `无法读取${what === 'checkpoint' ? '检查点' : '公钥'}文件 ${file}`, en: `Cannot read the ${what} file ${file}` } });
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (c) => (data += c)).on('end', () => resolve(data.trim())).on('error', reject);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A department by its id, or by its code (in the region given, or when only one department has it: codes repeat across regions). */
async function departmentNamed(ctx: Ctx, named: string, region?: string): Promise<{ id: string; code: string; regionCode: string }> {
  if (UUID.test(named)) return getDepartment(ctx, named);
  const found = (await listDepartments(ctx, {})).filter((d) => d.code === named && (!region || d.regionCode === region));
  if (found.length === 1) return found[0]!;
  throw new AppError({ code: 'platform.department_ambiguous', status: 422, field: '/department',
    message: found.length === 0 ? { zh: `没有代码为 ${named} 的部门`, en: `No department has the code ${named}` }
      : { zh: `有 ${found.length} 个部门使用代码 ${named}，请加 --region 或用部门 ID`, en: `${found.length} departments have the code ${named}: add --region or give the department's id` } });
}

const purpose = (raw: string, previous: KeyPurpose[] = []): KeyPurpose[] => {
  if (!(keyPurposes as readonly string[]).includes(raw)) throw new InvalidArgumentError(`--purpose must be one of ${keyPurposes.join(', ')}`);
  return [...previous, raw as KeyPurpose];
};

function program(out: (line: string) => void, err: (line: string) => void): Command {
  // Set before any subcommand exists, so every subcommand inherits them.
  const cli = new Command('tongban').description('通办 Tongban: one-stop government services platform').exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()) })
    .addHelpText('after', '\nConfiguration comes from environment variables: run `tongban config` to list them.');

  cli.command('start').description('start the server (embedded database unless DATABASE_URL is set); seeds the demo city on first start in demo mode')
    .action(async () => {
      const config = loadConfig();
      await ensureWebBuilt(out); // the front ends, built on first start and whenever web/ changed
      const tongban = await createTongban({ config });
      const ctx = makeCtx(tongban.platform, system, 'start');
      if (config.mode === 'demo' && !(await isDemoSeeded(ctx))) {
        await seedDemo(ctx);
        await seedDemoCatalog(ctx);
        out('已写入演示数据 Demo data seeded (accounts: see README)');
      }
      const address = await tongban.listen();
      out(`通办 Tongban is running at ${address.replace('127.0.0.1', 'localhost')} (database: ${tongban.platform.database.kind}, mode: ${config.mode})`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      out('Stopping…');
      await tongban.close();
    });

  cli.command('migrate').description('apply database migrations and exit')
    .action(() => withPlatform(async (p) => out(`Migrations applied (${p.database.kind}).`)));

  cli.command('seed').description('seed the demo city (demo mode only) and/or synthetic persons and enterprises')
    .option('--persons <n>', 'synthetic persons to generate', count('--persons'), 0)
    .option('--enterprises <n>', 'synthetic enterprises to generate', count('--enterprises'), 0)
    .option('--seed <n>', 'random seed; the same seed gives the same people', count('--seed'), 1)
    .option('--no-demo', 'skip the demo city')
    .action((opts: { persons: number; enterprises: number; seed: number; demo: boolean }) => withPlatform(async (p) => {
      const ctx = makeCtx(p, system, 'seed');
      if (opts.demo) {
        if (p.config.mode !== 'demo') throw new ConfigError('TONGBAN_MODE', 'must be "demo" to seed demo accounts (use --no-demo)', p.config.mode);
        out((await seedDemo(ctx)) ? 'Demo city seeded.' : 'Demo city already present.');
        const imported = await seedDemoCatalog(ctx);
        out(`Demo catalog: ${imported.items.created} new items, ${imported.items.updated} updated, ${imported.bundles.created} new life events.`);
      }
      if (opts.persons || opts.enterprises) {
        const result = await seedSyntheticPopulation(ctx, { persons: opts.persons, enterprises: opts.enterprises, seed: opts.seed, regionCodes: DEMO_DISTRICTS },
          (done) => { if (done % 10000 === 0) out(`  … ${done} persons`); });
        out(`Synthetic population: ${result.persons} new persons, ${result.enterprises} new enterprises.`);
      }
    }));

  const audit = cli.command('audit').description('the hash-chained audit trail and its signed checkpoints');
  audit.command('verify').description('walk the audit chain; exit 1 and name the first broken row if anything was edited, deleted or reordered, '
    + 'or if the chain no longer holds the head a checkpoint signed (a rewrite of chain and head by someone with database rights)')
    .option('--checkpoint <file>', 'a checkpoint written by `tongban audit checkpoint` and kept outside the database (repeatable)', collect, [])
    .option('--public-key <file>', 'the checkpoint keys (JWKS from `tongban audit public-key`) kept outside the database; otherwise the database\'s are used')
    .action((opts: { checkpoint: string[]; publicKey?: string }) => withPlatform(async (p) => {
      const ctx = makeCtx(p, system, 'audit-verify');
      const jwks = opts.publicKey ? parseCheckpointJwks(readInput(opts.publicKey, 'public key')) : await auditCheckpointJwks(ctx);
      const checkpoints = [];
      for (const file of opts.checkpoint) checkpoints.push(await readAuditCheckpoint(readInput(file, 'checkpoint'), jwks));
      const result = await verifyAuditChain(p.database.db, undefined, checkpoints.map(anchorOf));
      if (result.ok) {
        out(`审计链完整 Audit chain intact: ${result.rows} rows, head ${result.headHash}`);
        for (const c of checkpoints) out(`  与检查点一致 Matches the checkpoint of ${c.at}: row ${c.seq}, hash ${c.headHash} (key ${c.kid})`);
        return;
      }
      out(`审计链已损坏 Audit chain BROKEN at row ${result.seq} (${result.problem}): ${result.explanation}; ${result.rows} rows before it are intact`);
      process.exitCode = 1;
    }));

  audit.command('checkpoint').description('sign the audit chain\'s current head with the platform key, store it, and write it (a compact JWS) to a file or stdout')
    .option('--out <file>', 'write the checkpoint here instead of stdout; keep it outside the database (WORM storage, another party)')
    .action((opts: { out?: string }) => withPlatform(async (p) => {
      const checkpoint = await takeAuditCheckpoint(makeCtx(p, system, 'audit-checkpoint'));
      if (!opts.out) {
        out(checkpoint.jws);
        return;
      }
      fs.writeFileSync(opts.out, `${checkpoint.jws}\n`);
      out(`已签署检查点 Checkpoint signed: row ${checkpoint.seq}, head ${checkpoint.headHash}, at ${checkpoint.at}, key ${checkpoint.kid} -> ${opts.out}`);
    }));

  audit.command('public-key').description('the public keys (JWKS) audit checkpoints are signed with; keep a copy outside the database for `verify --public-key`')
    .option('--out <file>', 'write the JWKS here instead of stdout')
    .action((opts: { out?: string }) => withPlatform(async (p) => {
      const jwks = JSON.stringify(await auditCheckpointJwks(makeCtx(p, system, 'audit-public-key'), { create: true }), null, 2);
      if (opts.out) fs.writeFileSync(opts.out, `${jwks}\n`);
      else out(jwks);
    }));

  const user = cli.command('user').description('accounts');
  user.command('create-admin').description('create a platform administrator account')
    .requiredOption('--username <name>', 'sign-in name')
    .option('--display-name <name>', 'name shown in the UI', '平台管理员')
    .option('--password-stdin', 'read the password from standard input (otherwise a strong one is generated and printed once)')
    .action((opts: { username: string; displayName: string; passwordStdin?: boolean }) => withPlatform(async (p) => {
      const password = opts.passwordStdin ? await readStdin() : generatedPassword();
      const account = await createAccount(makeCtx(p, system, 'cli'), { username: opts.username, displayName: opts.displayName, password,
        postings: [{ role: 'platform_admin' }] });
      out(`Created platform administrator ${account.username} (${account.id}).`);
      if (!opts.passwordStdin) out(`Password (shown once): ${password}`);
    }));

  // 签名密钥: the same service functions as the operator's routes, as the system actor, so every change is audited alike.
  const keys = cli.command('keys').description('a department\'s signing keys (certificates, status lists, exchange answers)');
  keys.command('list').description('list a department\'s keys: active, retired (still published) and revoked')
    .requiredOption('--department <id|code>', 'the department: its id, or its code (with --region when the code repeats)')
    .option('--region <code>', 'the department\'s region (GB/T 2260), with a department code')
    .action((opts: { department: string; region?: string }) => withPlatform(async (p) => {
      const ctx = makeCtx(p, system, 'cli-keys');
      const department = await departmentNamed(ctx, opts.department, opts.region);
      for (const k of await listDepartmentKeys(ctx, department.id)) out(`${k.state.padEnd(8)} ${k.purpose.padEnd(16)} ${k.kid} created ${k.createdAt}${k.revokedAt ? ` revoked ${k.revokedAt}` : k.retiredAt ? ` retired ${k.retiredAt}` : ''}`);
    }));
  keys.command('rotate').description('retire a department\'s current keys and make new ones; what the old keys signed stays valid')
    .requiredOption('--department <id|code>', 'the department: its id, or its code (with --region when the code repeats)')
    .option('--region <code>', 'the department\'s region (GB/T 2260), with a department code')
    .option('--purpose <purpose>', `only this purpose (repeatable): ${keyPurposes.join(', ')}`, purpose)
    .action((opts: { department: string; region?: string; purpose?: KeyPurpose[] }) => withPlatform(async (p) => {
      const ctx = makeCtx(p, system, 'cli-keys');
      const department = await departmentNamed(ctx, opts.department, opts.region);
      for (const r of await rotateDepartmentKeys(ctx, department.id, opts.purpose ?? keyPurposes)) {
        out(`已轮换 Rotated ${r.purpose}: ${r.retired ?? '(none)'} -> ${r.active}`);
      }
    }));
  keys.command('revoke').description('revoke a compromised key: it leaves the published keys, and every certificate it signed fails verification')
    .requiredOption('--department <id|code>', 'the department: its id, or its code (with --region when the code repeats)')
    .option('--region <code>', 'the department\'s region (GB/T 2260), with a department code')
    .requiredOption('--kid <kid>', 'the key id (see `tongban keys list`)')
    .requiredOption('--reason <text>', 'why, for the audit trail')
    .action((opts: { department: string; region?: string; kid: string; reason: string }) => withPlatform(async (p) => {
      const ctx = makeCtx(p, system, 'cli-keys');
      const department = await departmentNamed(ctx, opts.department, opts.region);
      const key = await revokeDepartmentKey(ctx, department.id, opts.kid, opts.reason);
      out(`已吊销 Revoked ${key.purpose} key ${key.kid} of ${department.code}; what it signed no longer verifies`);
    }));

  const catalog = cli.command('catalog').description('the service catalog (政务服务事项) as data files');
  catalog.command('check').description('validate a catalog folder (items/, bundles/, synonyms.yaml) without storing anything')
    .argument('[dir]', 'catalog folder', 'catalog')
    .action((dir: string) => {
      const files = readCatalogFolder(dir);
      out(`目录有效 Catalog valid: ${files.items.size} items, ${files.bundles.length} bundles, ${Object.keys(files.synonyms).length} synonym entries`);
    });

  catalog.command('import').description('validate a catalog folder and publish what changed, all or nothing')
    .argument('[dir]', 'catalog folder', 'catalog')
    .action((dir: string) => withPlatform(async (p) => {
      const r = await importCatalog(makeCtx(p, system, 'catalog-import'), readCatalogFolder(dir));
      out(`已导入 Imported: items ${r.items.created} new, ${r.items.updated} updated, ${r.items.unchanged} unchanged; `
        + `bundles ${r.bundles.created} new, ${r.bundles.updated} updated, ${r.bundles.unchanged} unchanged; ${r.synonyms} synonym entries`);
    }));

  cli.command('config').description('list the environment variables Tongban reads')
    .action(() => out(configTable()));
  return cli;
}

/** Runs the CLI and returns the exit code. Configuration and input errors are reported, not thrown. */
export async function main(argv: string[], out: (line: string) => void = (l) => console.log(l), err: (line: string) => void = (l) => console.error(l)): Promise<number> {
  const cli = program(out, err);
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof ConfigError) {
      err(e.message);
      return 2;
    }
    if (e instanceof CatalogFileError) {
      for (const p of e.problems) err(`${p.file} ${p.field || '/'}: ${p.reason.zh} / ${p.reason.en}`);
      return 1;
    }
    if (e instanceof AppError) {
      err(`${e.code}: ${e.bilingual.zh} / ${e.bilingual.en}${e.field ? ` (${e.field})` : ''}`);
      return 1;
    }
    throw e;
  }
}
