import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BilingualSchema, errors, IdParams, ShortText, Uuid } from '../../platform/http/schemas.js';
import * as directory from './service.js';

const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3})?$', description: 'GB/T 2260 code (6 digits) or town code (9 digits)' });
const Level = Type.Union([Type.Literal('province'), Type.Literal('city'), Type.Literal('county'), Type.Literal('town')]);
const RegionSchema = Type.Object({ code: Type.String(), name: BilingualSchema, level: Level, parentCode: Type.Union([Type.String(), Type.Null()]) });
const DepartmentSchema = Type.Object({
  id: Uuid, code: Type.String(), name: BilingualSchema, kind: Type.String(), regionCode: Type.String(), creditCode: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]), address: Type.Union([Type.String(), Type.Null()]),
});
const HallSchema = Type.Object({ id: Uuid, name: BilingualSchema, regionCode: Type.String(), address: Type.String(), openingHours: Type.String(),
  hours: Type.Object({ opens: Type.String(), closes: Type.String() }, { description: 'when bookings are offered on working days, China time' }) });
const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, China time' });
const WindowSchema = Type.Object({ id: Uuid, hallId: Uuid, number: Type.String(), name: BilingualSchema, departmentIds: Type.Array(Uuid) });
const operators = { access: { roles: ['platform_admin'] } } as const;
const tags = ['directory'];

export const directoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/regions', {
    config: { access: 'public' },
    schema: { tags, summary: '行政区划 Regions', querystring: Type.Object({ parent: Type.Optional(RegionCode), level: Type.Optional(Level), within: Type.Optional(RegionCode) }, { additionalProperties: false }),
      response: { 200: Type.Array(RegionSchema), ...errors(400) } },
  }, (req) => directory.listRegions(req.ctx, { parentCode: req.query.parent, level: req.query.level, within: req.query.within }));

  app.get('/api/v1/regions/:code', {
    config: { access: 'public' },
    schema: { tags, params: Type.Object({ code: RegionCode }), response: { 200: RegionSchema, ...errors(400, 404) } },
  }, (req) => directory.getRegion(req.ctx, req.params.code));

  app.post('/api/v1/regions', {
    config: operators,
    schema: { tags, body: Type.Object({ code: RegionCode, nameZh: ShortText(60), nameEn: ShortText(100) }, { additionalProperties: false }),
      response: { 201: RegionSchema, ...errors(400, 401, 403, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await directory.createRegion(req.ctx, req.body)));

  app.get('/api/v1/departments', {
    config: { access: 'public' },
    schema: { tags, querystring: Type.Object({ within: Type.Optional(RegionCode), kind: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }),
      response: { 200: Type.Array(DepartmentSchema), ...errors(400) } },
  }, (req) => directory.listDepartments(req.ctx, req.query));

  app.get('/api/v1/departments/:id', {
    config: { access: 'public' },
    schema: { tags, params: IdParams, response: { 200: DepartmentSchema, ...errors(400, 404) } },
  }, (req) => directory.getDepartment(req.ctx, req.params.id));

  app.post('/api/v1/departments', {
    config: operators,
    schema: { tags, body: Type.Object({
      code: Type.String({ pattern: '^[a-z][a-z0-9_-]{1,31}$' }), nameZh: ShortText(60), nameEn: ShortText(120), kind: Type.String({ pattern: '^[a-z_]{2,40}$' }),
      regionCode: RegionCode, creditCode: Type.String({ minLength: 18, maxLength: 18 }), phone: Type.Optional(ShortText(30)), address: Type.Optional(ShortText(200)),
    }, { additionalProperties: false }), response: { 201: DepartmentSchema, ...errors(400, 401, 403, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await directory.createDepartment(req.ctx, req.body)));

  app.patch('/api/v1/departments/:id', {
    config: { access: { roles: ['platform_admin', 'department_admin'] } },
    schema: { tags, params: IdParams, body: Type.Object({
      nameZh: Type.Optional(ShortText(60)), nameEn: Type.Optional(ShortText(120)),
      phone: Type.Optional(Type.Union([ShortText(30), Type.Null()])), address: Type.Optional(Type.Union([ShortText(200), Type.Null()])),
    }, { additionalProperties: false, minProperties: 1 }), response: { 200: DepartmentSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => directory.updateDepartment(req.ctx, req.params.id, req.body));

  app.get('/api/v1/halls', {
    config: { access: 'public' },
    schema: { tags, querystring: Type.Object({ within: Type.Optional(RegionCode) }, { additionalProperties: false }), response: { 200: Type.Array(HallSchema), ...errors(400) } },
  }, (req) => directory.listHalls(req.ctx, req.query));

  app.post('/api/v1/halls', {
    config: operators,
    schema: { tags, body: Type.Object({ nameZh: ShortText(60), nameEn: ShortText(120), regionCode: RegionCode, address: ShortText(200), openingHours: ShortText(200),
      opens: Type.Optional(ClockTime), closes: Type.Optional(ClockTime) },
      { additionalProperties: false }), response: { 201: HallSchema, ...errors(400, 401, 403, 422) } },
  }, async (req, reply) => reply.code(201).send(await directory.createHall(req.ctx, req.body)));

  app.get('/api/v1/halls/:id/windows', {
    config: { access: 'public' },
    schema: { tags, params: IdParams, response: { 200: Type.Array(WindowSchema), ...errors(400) } },
  }, (req) => directory.listWindows(req.ctx, req.params.id));

  app.post('/api/v1/halls/:id/windows', {
    config: operators,
    schema: { tags, params: IdParams, body: Type.Object({ number: Type.String({ pattern: '^[A-Z0-9-]{1,10}$' }), nameZh: ShortText(60), nameEn: ShortText(120),
      departmentIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }) }, { additionalProperties: false }),
    response: { 201: WindowSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await directory.createWindow(req.ctx, req.params.id, req.body)));
};
