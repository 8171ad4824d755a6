// The catalog module's authorization matrix: the published catalog is public; drafts, editing and publishing belong
// to the admins of the item's own department (and operators). The item is the police's 出生登记（户口登记）.
// Run over HTTP by authorization.test.ts.
import type { MatrixRow } from '../../test/matrix.js';

const everyone = ['anonymous', 'citizen', 'same_department_reviewer', 'leader', 'client'] as const;

export const rows: MatrixRow[] = [
  ...everyone.map((as) => ({ route: 'GET /api/v1/catalog/search', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'GET /api/v1/catalog/items', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'GET /api/v1/catalog/items/:code', as, expect: 200 })),
  { route: 'GET /api/v1/catalog/items/:code', as: 'anonymous', on: 'draft_only', expect: 404 }, // a draft is nobody's to see but its department's
  ...everyone.map((as) => ({ route: 'GET /api/v1/catalog/bundles', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'GET /api/v1/catalog/bundles/:code', as, expect: 200 })),
  ...everyone.map((as) => ({ route: 'GET /api/v1/catalog/bundles/:code/guide', as, expect: 200 })),

  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'same_department_admin', expect: 200 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'operator', expect: 200 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'other_department_admin', expect: 403 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'other_department_admin', on: 'draft_only', expect: 404 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'same_department_reviewer', expect: 403 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'citizen', expect: 403 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'leader', expect: 403 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'anonymous', expect: 401 },
  { route: 'GET /api/v1/catalog/items/:code/versions', as: 'client', expect: 403 },

  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'same_department_admin', expect: 200 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'operator', expect: 200 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'other_department_admin', expect: 403 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'other_department_admin', on: 'claimed_for_own_department', expect: 403 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'same_department_admin', on: 'other_department_result', expect: 422 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'same_department_reviewer', expect: 403 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'citizen', expect: 403 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'anonymous', expect: 401 },
  { route: 'PUT /api/v1/catalog/items/:code/draft', as: 'client', expect: 403 },

  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'same_department_admin', expect: 200 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'operator', expect: 200 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'other_department_admin', expect: 403 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'other_department_admin', on: 'draft_only', expect: 404 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'same_department_reviewer', expect: 403 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'leader', expect: 403 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'anonymous', expect: 401 },
  { route: 'POST /api/v1/catalog/items/:code/publish', as: 'client', expect: 403 },
];
