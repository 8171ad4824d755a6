// Acting for someone else: 帮办代办 delegations between citizens and 经办人 authorisations of enterprises.
// Checked on every request against scope and time; either side can end it; strangers learn nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { days } from '../../platform/clock.js';
import { createEnterprise } from './index.js';
import { syntheticCreditCode } from './synthetic.js';
import { SeededRandom } from '../../platform/random.js';
import { makeCitizen, makeStaff, signInBrowser, type Browser, type TestCitizen } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let mother: TestCitizen;
let son: TestCitizen;
let stranger: TestCitizen;
let b: { mother: Browser; son: Browser; stranger: Browser };

const inAMonth = () => new Date(t.clock.now().getTime() + days(30)).toISOString();

beforeAll(async () => {
  t = await startTestApp({ env: { SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720' } });
  mother = await makeCitizen(t, { name: '林秀兰', birth: '19460302' });
  son = await makeCitizen(t, { name: '林强' });
  stranger = await makeCitizen(t, { name: '路人甲' });
  b = { mother: await signInBrowser(t, mother.idNumber), son: await signInBrowser(t, son.idNumber), stranger: await signInBrowser(t, stranger.idNumber) };
});
afterAll(() => t.close());

const asAgentOf = (browser: Browser, target: string) => ({
  get: (url: string) => browser.request({ method: 'GET', url, headers: { 'x-acting-for': target } }),
});

describe('delegation (帮办代办)', () => {
  let delegationId: string;

  it('a mother authorises her son to read her profile and apply for her, for a month', async () => {
    const res = await b.mother.request({ method: 'POST', url: '/api/v1/delegations', payload: {
      agentIdNumber: son.idNumber, agentName: '林强', scopes: ['profile.read', 'applications.submit'], validUntil: inAMonth(), note: '腿脚不便' } });
    expect(res.statusCode).toBe(201);
    delegationId = res.json().id;
    expect(res.json()).toMatchObject({ principal: { name: '林秀兰' }, agent: { name: '林强' }, live: true });
    const received = (await b.son.request({ method: 'GET', url: '/api/v1/delegations' })).json().received;
    expect(received.map((d: { id: string }) => d.id)).toEqual([delegationId]);
    const me = (await asAgentOf(b.son, `person:${mother.person.id}`).get('/api/v1/me')).json();
    expect(me.actingFor).toMatchObject({ kind: 'person', personId: mother.person.id, scopes: ['profile.read', 'applications.submit'] });
  });

  it('the son, acting for her, reads her profile with the delegation as the recorded purpose', async () => {
    const res = await asAgentOf(b.son, `person:${mother.person.id}`).get(`/api/v1/persons/${mother.person.id}?purpose=${encodeURIComponent(`代办授权 ${delegationId}`)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().name).toBe('林秀兰');
    expect(res.json().idNumber).toBeUndefined();
    const log = (await b.mother.request({ method: 'GET', url: '/api/v1/me/data-access' })).json();
    expect(log[0]).toMatchObject({ action: 'personal_data.read', purpose: `代办授权 ${delegationId}`, actor: `account:${son.account.id}` });
  });

  it('without acting for her, the son cannot read her profile', async () => {
    expect((await b.son.request({ method: 'GET', url: `/api/v1/persons/${mother.person.id}?purpose=x1` })).statusCode).toBe(404);
  });

  it('a stranger claiming to act for her is refused', async () => {
    const res = await asAgentOf(b.stranger, `person:${mother.person.id}`).get('/api/v1/me');
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'identity.not_authorized_to_act', field: 'header:/x-acting-for' });
    expect((await asAgentOf(b.stranger, 'person:not-an-id').get('/api/v1/me')).statusCode).toBe(403);
  });

  it('a scope she did not give does not let him through', async () => {
    const other = await makeCitizen(t, { name: '林小妹' });
    const otherBrowser = await signInBrowser(t, other.idNumber);
    await otherBrowser.request({ method: 'POST', url: '/api/v1/delegations', payload: {
      agentIdNumber: son.idNumber, agentName: '林强', scopes: ['applications.read'], validUntil: inAMonth() } });
    const res = await asAgentOf(b.son, `person:${other.person.id}`).get(`/api/v1/persons/${other.person.id}?purpose=x1`);
    expect(res.statusCode).toBe(403); // the route needs profile.read: the answer names the scope, not the record
    expect(res.json().error.code).toBe('platform.acting_scope_missing');
  });

  it('an agent cannot pass the authorisation on', async () => {
    const res = await b.son.request({ method: 'POST', url: '/api/v1/delegations', headers: { 'x-acting-for': `person:${mother.person.id}` },
      payload: { agentIdNumber: stranger.idNumber, agentName: '路人甲', scopes: ['profile.read'], validUntil: inAMonth() } });
    expect(res.statusCode).toBe(403);
  });

  it('refuses an agent whose name does not match the ID number, oneself, and an end in the past', async () => {
    const post = (payload: Record<string, unknown>) => b.mother.request({ method: 'POST', url: '/api/v1/delegations', payload });
    expect((await post({ agentIdNumber: son.idNumber, agentName: '冒名', scopes: ['profile.read'], validUntil: inAMonth() })).json().error.code).toBe('identity.agent_unknown');
    expect((await post({ agentIdNumber: mother.idNumber, agentName: '林秀兰', scopes: ['profile.read'], validUntil: inAMonth() })).json().error.code).toBe('identity.delegate_self');
    const past = await post({ agentIdNumber: son.idNumber, agentName: '林强', scopes: ['profile.read'], validUntil: '2020-01-01T00:00:00Z' });
    expect(past.json().error).toMatchObject({ code: 'identity.validity_invalid', field: '/validUntil' });
    const badScope = await post({ agentIdNumber: son.idNumber, agentName: '林强', scopes: ['everything'], validUntil: inAMonth() });
    expect(badScope.statusCode).toBe(400);
    expect(badScope.json().error.field).toBe('/scopes/0');
  });

  it('ends by itself when it expires', async () => {
    const saved = t.clock.now();
    t.clock.advance(days(31));
    const sonLater = await signInBrowser(t, son.idNumber); // his old session has timed out by now too
    expect((await asAgentOf(sonLater, `person:${mother.person.id}`).get('/api/v1/me')).json().error.code).toBe('identity.not_authorized_to_act');
    t.clock.set(saved);
  });

  it('a stranger cannot revoke it; the mother can, and it stops at once', async () => {
    expect((await b.stranger.request({ method: 'DELETE', url: `/api/v1/delegations/${delegationId}` })).statusCode).toBe(404);
    expect((await asAgentOf(b.son, `person:${mother.person.id}`).get('/api/v1/me')).statusCode).toBe(200);
    const res = await b.mother.request({ method: 'DELETE', url: `/api/v1/delegations/${delegationId}` });
    expect(res.json()).toMatchObject({ live: false, revokedAt: expect.any(String) });
    expect((await asAgentOf(b.son, `person:${mother.person.id}`).get('/api/v1/me')).statusCode).toBe(403);
    expect((await b.mother.request({ method: 'DELETE', url: `/api/v1/delegations/${delegationId}` })).statusCode).toBe(404);
  });
});

describe('enterprise agents (经办人)', () => {
  let enterpriseId: string;
  let clerkOfCompany: TestCitizen;

  beforeAll(async () => {
    const boss = son; // 林强 runs a company
    const enterprise = await createEnterprise(t.system, { creditCode: syntheticCreditCode(new SeededRandom(5), '339902'), name: '示范林氏贸易有限公司',
      regionCode: '339902', industryCode: 'F51', legalRepresentativeIdNumber: boss.idNumber });
    enterpriseId = enterprise.id;
    clerkOfCompany = await makeCitizen(t, { name: '赵会计' });
  });

  it('the legal representative authorises an agent, who then acts for the enterprise', async () => {
    const res = await b.son.request({ method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/agents`, payload: {
      idNumber: clerkOfCompany.idNumber, name: '赵会计', scopes: ['enterprise.read', 'applications.submit'], validUntil: inAMonth() } });
    expect(res.statusCode).toBe(201);
    const agent = await signInBrowser(t, clerkOfCompany.idNumber);
    const mine = (await agent.request({ method: 'GET', url: '/api/v1/me/enterprises' })).json();
    expect(mine).toEqual([expect.objectContaining({ id: enterpriseId, as: 'agent', scopes: ['enterprise.read', 'applications.submit'] })]);
    expect((await agent.request({ method: 'GET', url: '/api/v1/me' })).json().roles).toContain('enterprise_agent');
    const seen = await asAgentOf(agent, `enterprise:${enterpriseId}`).get(`/api/v1/enterprises/${enterpriseId}`);
    expect(seen.json()).toMatchObject({ name: '示范林氏贸易有限公司' });
  });

  it('an agent without agents.manage may not authorise others or list agents', async () => {
    const agent = await signInBrowser(t, clerkOfCompany.idNumber);
    const res = await agent.request({ method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/agents`, headers: { 'x-acting-for': `enterprise:${enterpriseId}` },
      payload: { idNumber: stranger.idNumber, name: '路人甲', scopes: ['enterprise.read'], validUntil: inAMonth() } });
    expect(res.statusCode).toBe(403);
  });

  it('a stranger cannot see the enterprise or its agents', async () => {
    expect((await b.stranger.request({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).statusCode).toBe(404);
    expect((await b.stranger.request({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/agents` })).statusCode).toBe(404);
    expect((await asAgentOf(b.stranger, `enterprise:${enterpriseId}`).get('/api/v1/me')).statusCode).toBe(403);
  });

  it('the legal representative revokes the agent and the agent is shut out at once', async () => {
    const agents = (await b.son.request({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/agents` })).json();
    const res = await b.son.request({ method: 'DELETE', url: `/api/v1/enterprises/${enterpriseId}/agents/${agents[0].id}` });
    expect(res.json().live).toBe(false);
    const agent = await signInBrowser(t, clerkOfCompany.idNumber);
    expect((await asAgentOf(agent, `enterprise:${enterpriseId}`).get('/api/v1/me')).statusCode).toBe(403);
  });

  it('refuses an enterprise whose credit code fails GB 32100', async () => {
    await makeStaff(t, [{ role: 'platform_admin' }], 'opsadmin2');
    const ops = await signInBrowser(t, 'opsadmin2');
    const good = syntheticCreditCode(new SeededRandom(9), '339902');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await ops.request({ method: 'POST', url: '/api/v1/enterprises', payload: { creditCode: bad, name: '某公司', regionCode: '339902', legalRepresentativeIdNumber: son.idNumber } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'identity.credit_code_invalid', field: '/creditCode' });
  });
});
