// The directory routes, tried by each kind of caller over HTTP (rows in authorization.rows.ts).
import { demoCreditCode, seedDemo } from '../../demo/seed.js';
import { startTestApp } from '../../test/harness.js';
import { demoCallers, describeMatrix } from '../../test/matrix.js';
import { findDepartment, listHalls } from './index.js';
import { rows } from './authorization.rows.js';

interface Fixture { police: string; civil: string; hall: string; next: number }

// Town codes under 东湖区 (339902) that the demo does not register: each row that creates one takes the next.
const townCode = (n: number) => `339902${String(200 + n).padStart(3, '0')}`;

describeMatrix<Fixture>({
  module: 'directory',
  async setup() {
    const t = await startTestApp({ env: { SIGNIN_RATE_LIMIT: '10000' } });
    await seedDemo(t.system);
    const callers = await demoCallers(t);
    const police = (await findDepartment(t.system, '339900', 'gaj'))!.id;
    const civil = (await findDepartment(t.system, '339900', 'mzj'))!.id;
    const [hall] = await listHalls(t.system, { within: '339900' });
    return { t, callers, fixture: { police, civil, hall: hall!.id, next: 0 } };
  },
  requests: {
    'GET /api/v1/regions': () => ({ url: '/api/v1/regions?within=339900' }),
    'GET /api/v1/regions/:code': () => ({ url: '/api/v1/regions/339902' }),
    'GET /api/v1/departments': () => ({ url: '/api/v1/departments?within=339900' }),
    'GET /api/v1/departments/:id': (f) => ({ url: `/api/v1/departments/${f.police}` }),
    'GET /api/v1/halls': () => ({ url: '/api/v1/halls' }),
    'GET /api/v1/halls/:id/windows': (f) => ({ url: `/api/v1/halls/${f.hall}/windows` }),
    'POST /api/v1/regions': (f) => ({ url: '/api/v1/regions', payload: { code: townCode(f.next++), nameZh: '矩阵街道', nameEn: 'Matrix Subdistrict' } }),
    'POST /api/v1/departments': (f) => {
      const n = f.next++;
      return { url: '/api/v1/departments', payload: { code: `matrix${n}`, nameZh: '矩阵局', nameEn: 'Matrix Bureau', kind: 'other', regionCode: '339902',
        creditCode: demoCreditCode('339902', 500 + n) } };
    },
    'PATCH /api/v1/departments/:id': (f, row) => ({ url: `/api/v1/departments/${row.on === 'other_department' ? f.civil : f.police}`, payload: { phone: '0571-12345678' } }),
    'POST /api/v1/halls': () => ({ url: '/api/v1/halls', payload: { nameZh: '矩阵大厅', nameEn: 'Matrix Hall', regionCode: '339902', address: '湖滨路 2 号', openingHours: '9:00–17:00' } }),
    'POST /api/v1/halls/:id/windows': (f) => ({ url: `/api/v1/halls/${f.hall}/windows`,
      payload: { number: `M${f.next++}`, nameZh: '矩阵窗口', nameEn: 'Matrix window', departmentIds: [f.police] } }),
  },
  rows,
});
