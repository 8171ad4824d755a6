// The `tongban` command on a real data folder: configuration errors name the variable, seeding is repeatable,
// `audit verify` finds a row edited behind the platform's back, and with a checkpoint kept outside the database a
// rewrite of chain and head; an administrator can be created.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { openDatabase, queryRows } from './platform/db.js';
import { rewriteAuditChain } from './test/audit-tamper.js';
import { TEST_SECRET_KEY, usesPostgres } from './test/harness.js';

let dataDir: string;
let savedEnv: NodeJS.ProcessEnv;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeEach(() => {
  savedEnv = { ...process.env };
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cli-'));
  process.env.TONGBAN_DATA_DIR = dataDir;
  process.env.TONGBAN_SECRET_KEY = TEST_SECRET_KEY;
  process.env.LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL; // the CLI runs on the embedded database here
  process.exitCode = undefined;
});
afterEach(() => {
  process.env = savedEnv;
  process.exitCode = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(usesPostgres())('tongban CLI', () => {
  it('prints help for every command', async () => {
    for (const argv of [['--help'], ['start', '--help'], ['migrate', '--help'], ['seed', '--help'], ['audit', 'verify', '--help'], ['audit', 'checkpoint', '--help'],
      ['audit', 'public-key', '--help'], ['user', 'create-admin', '--help'],
      ['keys', 'list', '--help'], ['keys', 'rotate', '--help'], ['keys', 'revoke', '--help']]) {
      const { code, out } = await run(...argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(out).toMatch(/Usage: tongban/);
    }
  });

  it('stops on invalid configuration with a message naming the variable', async () => {
    process.env.PORT = 'eighty';
    const { code, err } = await run('migrate');
    expect(code).toBe(2);
    expect(err).toContain('PORT must be an integer from 0 to 65535');
  });

  it('refuses a bad --persons value', async () => {
    const { code, err } = await run('seed', '--persons', 'many');
    expect(code).not.toBe(0);
    expect(err).toContain('--persons must be a whole number');
  });

  it('seeds the demo city and a synthetic population, repeatably, and verifies the audit chain', async () => {
    expect((await run('migrate')).code).toBe(0);
    const first = await run('seed', '--persons', '300', '--enterprises', '40', '--seed', '7');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Demo city seeded.');
    expect(first.out).toContain('300 new persons, 40 new enterprises');
    const again = await run('seed', '--persons', '300', '--enterprises', '40', '--seed', '7');
    expect(again.out).toContain('Demo city already present.');
    expect(again.out).toContain('0 new persons, 0 new enterprises');
    const verified = await run('audit', 'verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Audit chain intact: \d+ rows/);
  });

  it('`audit verify` names the first row edited directly in SQL and exits 1', async () => {
    await run('seed');
    const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') });
    const [row] = await queryRows<{ seq: number }>(db.db, sql`SELECT seq FROM audit_log WHERE action = 'department.created' ORDER BY seq LIMIT 1`);
    await db.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await db.db.execute(sql`UPDATE audit_log SET details = '{"code":"forged"}' WHERE seq = ${row!.seq}`);
    await db.close();
    const { code, out } = await run('audit', 'verify');
    expect(code).toBe(1);
    expect(out).toContain(`BROKEN at row ${row!.seq} (edited)`);
  });

  it('`audit verify --checkpoint` finds a rewrite of chain and head that `audit verify` alone passes, and exits 1', async () => {
    expect((await run('user', 'create-admin', '--username', 'ops.one')).code).toBe(0);
    const checkpointFile = path.join(dataDir, 'checkpoint.jws');
    const keyFile = path.join(dataDir, 'checkpoint-keys.json');
    const taken = await run('audit', 'checkpoint', '--out', checkpointFile);
    expect(taken.code).toBe(0);
    const [, seq] = /Checkpoint signed: row (\d+)/.exec(taken.out)!;
    expect((await run('audit', 'public-key', '--out', keyFile)).code).toBe(0);
    expect((await run('audit', 'verify', '--checkpoint', checkpointFile, '--public-key', keyFile)).out).toContain(`Matches the checkpoint of`);

    // Someone with database rights rewrites the first entry and re-hashes every row after it and the head.
    const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') });
    await rewriteAuditChain(db.db, 1, { actor: 'account:00000000-0000-4000-8000-000000000000' });
    await db.close();

    const alone = await run('audit', 'verify');
    expect(alone.code).toBe(0);
    expect(alone.out).toContain(`Audit chain intact: ${seq} rows`);
    for (const extra of [[], ['--public-key', keyFile]]) {
      const anchored = await run('audit', 'verify', '--checkpoint', checkpointFile, ...extra);
      expect(anchored.code).toBe(1);
      expect(anchored.out).toContain(`BROKEN at row ${seq} (rewritten)`);
      expect(anchored.out).toContain('re-hashed after the checkpoint');
    }
  }, 180_000); // each command opens the data folder's database: several seconds apiece on a busy machine

  it('`audit verify --checkpoint` refuses a checkpoint with a forged signature and one of another deployment', async () => {
    const printed = await run('audit', 'checkpoint'); // to stdout: the JWS alone
    expect(printed.out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const [header, payload, signature] = printed.out.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forgedFile = path.join(dataDir, 'forged.jws');
    fs.writeFileSync(forgedFile, [header, Buffer.from(JSON.stringify({ ...claims, headHash: 'f'.repeat(64) })).toString('base64url'), signature].join('.'));
    const forged = await run('audit', 'verify', '--checkpoint', forgedFile);
    expect(forged.code).toBe(1);
    expect(forged.err).toContain('platform.audit_checkpoint_refused');
    expect(forged.err).toContain('the signature does not hold');

    // Another deployment: its own data folder and master key, so its own checkpoint key.
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-cli-other-'));
    const foreignFile = path.join(dataDir, 'foreign.jws');
    try {
      process.env.TONGBAN_DATA_DIR = otherDir;
      process.env.TONGBAN_SECRET_KEY = Buffer.alloc(32, 9).toString('base64');
      expect((await run('audit', 'checkpoint', '--out', foreignFile)).code).toBe(0);
    } finally {
      process.env.TONGBAN_DATA_DIR = dataDir;
      process.env.TONGBAN_SECRET_KEY = TEST_SECRET_KEY;
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
    const foreign = await run('audit', 'verify', '--checkpoint', foreignFile);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('not among the keys given (a checkpoint of another deployment?)');

    const missing = await run('audit', 'verify', '--checkpoint', path.join(dataDir, 'nowhere.jws'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('platform.audit_file_unreadable');
  }, 180_000);

  it('creates a platform administrator with a generated password that works', async () => {
    process.env.TONGBAN_MODE = 'production';
    const { code, out } = await run('user', 'create-admin', '--username', 'ops.chief');
    expect(code).toBe(0);
    expect(out).toMatch(/Created platform administrator ops\.chief/);
    expect(out).toMatch(/Password \(shown once\): \S{20}/);
    const duplicate = await run('user', 'create-admin', '--username', 'ops.chief');
    expect(duplicate.code).toBe(1);
    expect(duplicate.err).toContain('identity.username_taken');
  });

  it('`keys rotate`, `keys list` and `keys revoke` manage a department\'s signing keys, each audited', async () => {
    expect((await run('seed')).code).toBe(0);
    const rotated = await run('keys', 'rotate', '--department', 'gaj', '--region', '339900', '--purpose', 'certificate');
    expect(rotated.code).toBe(0);
    const [, , active] = /Rotated certificate: (\S+) -> (\S+)/.exec(rotated.out)!;
    expect(rotated.out).not.toContain('status_list'); // only the purpose named
    const again = await run('keys', 'rotate', '--department', 'gaj', '--region', '339900', '--purpose', 'certificate');
    expect(again.out).toContain(`Rotated certificate: ${active} -> `);
    const listed = await run('keys', 'list', '--department', 'gaj', '--region', '339900');
    expect(listed.out).toMatch(new RegExp(`^retired\\s+certificate\\s+${active}`, 'm'));
    expect(listed.out.split('\n').filter((l) => /^active\s+certificate\s/.test(l))).toHaveLength(1); // one signing key per purpose

    const revoked = await run('keys', 'revoke', '--department', 'gaj', '--region', '339900', '--kid', active!, '--reason', '备份介质遗失');
    expect(revoked.code).toBe(0);
    expect(revoked.out).toContain(`Revoked certificate key ${active}`);
    expect((await run('keys', 'list', '--department', 'gaj', '--region', '339900')).out).toMatch(new RegExp(`^revoked\\s+certificate\\s+${active}`, 'm'));
    const twice = await run('keys', 'revoke', '--department', 'gaj', '--region', '339900', '--kid', active!, '--reason', '再次');
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('platform.signing_key_unknown');
    const ambiguous = await run('keys', 'list', '--department', 'gaj'); // the city's police and its two district branches
    expect(ambiguous.err).toContain('3 departments have the code gaj');
    const nowhere = await run('keys', 'rotate', '--department', 'no-such-dept');
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain('platform.department_ambiguous');
    expect((await run('keys', 'rotate', '--department', 'gaj', '--region', '339900', '--purpose', 'everything')).code).not.toBe(0);

    const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') });
    const audit = await queryRows<{ action: string; details: Record<string, unknown> }>(db.db, sql`SELECT action, details FROM audit_log WHERE action LIKE 'signing_key.%' ORDER BY seq`);
    await db.close();
    expect(audit.map((a) => a.action)).toEqual(['signing_key.rotated', 'signing_key.rotated', 'signing_key.revoked']);
    expect(audit[2]!.details).toMatchObject({ kid: active, purpose: 'certificate', reason: '备份介质遗失' });
    expect((await run('audit', 'verify')).code).toBe(0);
  }, 180_000);

  it('refuses to seed demo accounts in production mode', async () => {
    process.env.TONGBAN_MODE = 'production';
    const { code, err } = await run('seed');
    expect(code).toBe(2);
    expect(err).toContain('TONGBAN_MODE');
  });
});
