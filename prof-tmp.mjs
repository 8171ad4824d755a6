import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (let round = 0; round < 2; round++) {
const ctx = await b.newContext(); const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await p.goto('http://127.0.0.1:3999' + (process.argv[2] ?? '/'), { waitUntil: 'load' });
await p.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), incl = new Map(); let total = 0;
profile.samples.forEach((id, i) => { const d = profile.timeDeltas[i] ?? 0; const f = byId.get(id).callFrame; if (f.functionName === '(idle)' || f.functionName === '(program)') return; total += d;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; self.set(key, (self.get(key) ?? 0) + d);
  const seen = new Set(); let cur = id; while (cur) { const cf = byId.get(cur).callFrame; const k = cf.url.split('/').pop() || cf.functionName; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + d); } cur = parent.get(cur); } });
console.log('round', round, 'busy ms', Math.round(total / 1000));
console.log('by file (inclusive):', [...incl].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${Math.round(v / 1000)}`).join(' | '));
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${Math.round(v / 1000)}ms ${k}`).join('\n'));
await ctx.close();
}
await b.close();
