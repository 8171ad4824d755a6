// The working-day calendar over HTTP: anyone may read a year's days off and make-up working days (applicants see
// how due dates are counted); platform operators add a region's own days or a newly announced year.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { calendarYear, removeCalendarDay, setCalendarDay } from './calendar.js';
import { BilingualSchema, errors, ShortText } from './http/schemas.js';

// Shapes only; whether the date exists and the code follows GB/T 2260 is checked by the service (422, by field).
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date, YYYY-MM-DD (China time)' });
const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3})?$', description: 'GB/T 2260 code (6 digits) or town code (9 digits)' });
const EntryRegion = Type.String({ pattern: '^(\\d{6}(\\d{3})?)?$', description: "GB/T 2260 code whose whole area the entry covers; '' nationwide" });
const Kind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], { description: 'holiday: a day off (放假); workday: a make-up working day (调休上班)' });

const CalendarDaySchema = Type.Object({
  regionCode: Type.String({ description: "'' for the national calendar" }),
  day: Type.String(),
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday' }),
  kind: Kind,
  name: BilingualSchema,
});
const CalendarYearSchema = Type.Object({
  year: Type.Integer(),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  nationalDataKnown: Type.Boolean({ description: "false until the State Council's notice for the year is entered: only weekends are off" }),
  note: Type.Union([Type.Object({ zh: Type.String(), en: Type.String() }), Type.Null()], { description: 'said when the year is not known: due dates in it may fall on days off' }),
  days: Type.Array(CalendarDaySchema),
});
const DayParams = Type.Object({ day: Day });
const operators = { access: { roles: ['platform_admin'] } } as const;
const tags = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/calendar', {
    config: { access: 'public' },
    schema: { tags, summary: '工作日历 Days off and make-up working days of a year',
      querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2099 }), region: Type.Optional(RegionCode) }, { additionalProperties: false }),
      response: { 200: CalendarYearSchema, ...errors(400, 422) } },
  }, (req) => calendarYear(req.ctx, { year: req.query.year, regionCode: req.query.region ?? null }));

  app.put('/api/v1/calendar/days/:day', {
    config: operators,
    schema: { tags, summary: 'Set a day off or a make-up working day, nationwide or for a region', params: DayParams,
      body: Type.Object({ regionCode: EntryRegion, kind: Kind, nameZh: ShortText(60), nameEn: ShortText(120) }, { additionalProperties: false }),
      response: { 200: CalendarDaySchema, ...errors(400, 401, 403, 422) } },
  }, (req) => setCalendarDay(req.ctx, { ...req.body, day: req.params.day }));

  app.delete('/api/v1/calendar/days/:day', {
    config: operators,
    schema: { tags, summary: 'Remove an entered day (the shipped national data can only be overridden)', params: DayParams,
      querystring: Type.Object({ region: Type.Optional(EntryRegion) }, { additionalProperties: false }),
      response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 422) } },
  }, async (req, reply) => {
    await removeCalendarDay(req.ctx, { regionCode: req.query.region ?? '', day: req.params.day });
    return reply.code(204).send(null);
  });
};
