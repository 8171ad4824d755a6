// The appointments routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { seedDemo, seedDemoCatalog } from '../../demo/seed.js';
import { startTestApp } from '../../test/harness.js';
import { demoCallers, describeMatrix, type Caller } from '../../test/matrix.js';
import { listHalls, listWindows } from '../directory/index.js';
import { rows } from './authorization.rows.js';

interface Fixture { hall: string; a01: string; a02: string; callers: Record<string, Caller> }

const ITEM = 'temporary-assistance';
const TODAY = '2026-03-02'; // the harness's Monday, 09:00
const TOMORROW = '2026-03-03';

/** `who`'s live bookings on `day` cancelled (one a day), so a row can book it. */
async function clearDay(f: Fixture, who: string, day: string): Promise<void> {
  const caller = f.callers[who]!;
  const mine = (await caller.request({ method: 'GET', url: '/api/v1/appointments' })).json<{ id: string; status: string; day: string }[]>();
  for (const a of mine.filter((x) => x.status === 'booked' && x.day === day)) await caller.request({ method: 'POST', url: `/api/v1/appointments/${a.id}/cancel` });
}

/** A fresh booking of `who`'s on `day`. */
async function freshBooking(f: Fixture, who: string, day: string): Promise<string> {
  await clearDay(f, who, day);
  const caller = f.callers[who]!;
  const res = await caller.request({ method: 'POST', url: '/api/v1/appointments', payload: { hallId: f.hall, itemCode: ITEM, windowId: f.a01, day, start: '10:00' } });
  if (res.statusCode !== 201) throw new Error(`booking for the matrix failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** The clerk's window A01 with nothing at it, and one ticket waiting. */
async function waitingTicket(f: Fixture): Promise<void> {
  const clerk = f.callers.clerk!;
  const queue = (await clerk.request({ method: 'GET', url: `/api/v1/windows/${f.a01}/queue` })).json<{ current: { id: string } | null }>();
  if (queue.current) await clerk.request({ method: 'POST', url: `/api/v1/tickets/${queue.current.id}/finish`, payload: { outcome: 'served' } });
  const drawn = await clerk.request({ method: 'POST', url: `/api/v1/halls/${f.hall}/tickets`, payload: { itemCode: ITEM } });
  if (drawn.statusCode !== 201) throw new Error(`ticket for the matrix failed: ${drawn.statusCode} ${drawn.body}`);
}

describeMatrix<Fixture>({
  module: 'appointments',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    await seedDemoCatalog(t.system);
    const callers = await demoCallers(t);
    const hall = (await listHalls(t.system, { within: '339900' })).find((h) => h.regionCode === '339900')!.id;
    const windows = await listWindows(t.system, hall);
    const a01 = windows.find((w) => w.number === 'A01')!.id;
    const a02 = windows.find((w) => w.number === 'A02')!.id;
    return { t, callers, fixture: { hall, a01, a02, callers } };
  },
  requests: {
    'GET /api/v1/halls/:id/slots': (f) => ({ url: `/api/v1/halls/${f.hall}/slots?itemCode=${ITEM}` }),
    'POST /api/v1/appointments': async (f, row) => {
      if (row.as === 'citizen') await clearDay(f, 'citizen', TOMORROW);
      return { url: '/api/v1/appointments', payload: { hallId: f.hall, itemCode: ITEM, windowId: f.a01, day: TOMORROW, start: '11:00' } };
    },
    'GET /api/v1/appointments': () => ({ url: '/api/v1/appointments' }),
    'GET /api/v1/appointments/:id': async (f) => ({ url: `/api/v1/appointments/${await freshBooking(f, 'citizen', TOMORROW)}` }),
    'PUT /api/v1/appointments/:id': async (f) => ({ url: `/api/v1/appointments/${await freshBooking(f, 'citizen', TOMORROW)}`,
      payload: { windowId: f.a01, day: TOMORROW, start: '14:00' } }),
    'POST /api/v1/appointments/:id/cancel': async (f) => ({ url: `/api/v1/appointments/${await freshBooking(f, 'citizen', TOMORROW)}/cancel` }),
    // The clerk checks in the other citizen's booking: the citizen's own check-in comes last, once a day.
    'POST /api/v1/appointments/:id/check-in': async (f, row) => ({
      url: `/api/v1/appointments/${await freshBooking(f, row.as === 'clerk' ? 'other_citizen' : 'citizen', TODAY)}/check-in` }),
    'POST /api/v1/halls/:id/tickets': (f) => ({ url: `/api/v1/halls/${f.hall}/tickets`, payload: { itemCode: ITEM } }),
    'GET /api/v1/windows/:id/queue': (f, row) => ({ url: `/api/v1/windows/${row.on === 'other_window' ? f.a02 : f.a01}/queue` }),
    'POST /api/v1/windows/:id/call-next': async (f, row) => {
      await waitingTicket(f);
      return { url: `/api/v1/windows/${row.on === 'other_window' ? f.a02 : f.a01}/call-next` };
    },
    'POST /api/v1/tickets/:id/finish': async (f) => {
      await waitingTicket(f);
      const called = await f.callers.clerk!.request({ method: 'POST', url: `/api/v1/windows/${f.a01}/call-next` });
      return { url: `/api/v1/tickets/${called.json<{ id: string }>().id}/finish`, payload: { outcome: 'served' } };
    },
    'GET /api/v1/statistics/queue': () => ({ url: '/api/v1/statistics/queue' }),
  },
  rows,
});
