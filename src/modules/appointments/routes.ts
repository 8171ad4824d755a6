// Appointments (预约) and the hall's queue (取号叫号) over HTTP: thin routes, typed answers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BilingualSchema, errors, IdParams, IsoDateTime, Uuid } from '../../platform/http/schemas.js';
import * as booking from './booking.js';
import * as queue from './queue.js';

const tags = ['appointments'];
const ItemCode = Type.String({ pattern: '^[a-z][a-z0-9-]{0,79}$' });
const Day = Type.String({ format: 'date', description: 'China date, YYYY-MM-DD' });
const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, China time' });
const Named = (extra: Record<string, ReturnType<typeof Type.String>> = {}) => Type.Object({ id: Uuid, name: BilingualSchema, ...extra });

const SlotsSchema = Type.Object({
  hall: Type.Object({ id: Uuid, name: BilingualSchema, address: Type.String(), openingHours: Type.String(), hours: Type.Object({ opens: Type.String(), closes: Type.String() }) }),
  item: Type.Object({ code: Type.String(), name: BilingualSchema }),
  rules: Type.Object({ slotMinutes: Type.Integer(), perSlot: Type.Integer(), perWindowDay: Type.Integer(), perPersonLive: Type.Integer(), horizonDays: Type.Integer() }),
  days: Type.Array(Type.Object({ day: Type.String(), working: Type.Boolean(), slots: Type.Array(Type.Object({ start: Type.String(), end: Type.String(),
    windows: Type.Array(Type.Object({ windowId: Uuid, number: Type.String(), name: BilingualSchema, left: Type.Integer({ minimum: 0 }) })) })) })),
});

const AppointmentSchema = Type.Object({
  id: Uuid, status: Type.Union([Type.Literal('booked'), Type.Literal('cancelled'), Type.Literal('checked_in')]), day: Type.String(), start: Type.String(),
  startsAt: IsoDateTime, slotMinutes: Type.Integer(),
  hall: Named({ address: Type.String() }), window: Named({ number: Type.String() }), item: Type.Object({ code: Type.String(), name: BilingualSchema }),
  ticket: Type.Union([Type.Object({ id: Uuid, number: Type.String(), status: Type.String() }), Type.Null()]),
  checkInOpen: Type.Boolean({ description: 'today is the booked day and check-in has not closed' }),
});

const TicketSchema = Type.Object({
  id: Uuid, number: Type.String(), kind: Type.Union([Type.Literal('appointment'), Type.Literal('walk_in')]),
  status: Type.Union([Type.Literal('waiting'), Type.Literal('called'), Type.Literal('served'), Type.Literal('no_show')]), day: Type.String(),
  item: Type.Object({ code: Type.String(), name: BilingualSchema }), hall: Named(),
  window: Type.Union([Type.Object({ id: Uuid, number: Type.String() }), Type.Null()]), appointmentId: Type.Union([Uuid, Type.Null()]),
  drawnAt: IsoDateTime, calledAt: Type.Union([IsoDateTime, Type.Null()]), finishedAt: Type.Union([IsoDateTime, Type.Null()]), waitedMinutes: Type.Integer({ minimum: 0 }),
});

const QueueSchema = Type.Object({
  window: Type.Object({ id: Uuid, number: Type.String(), name: BilingualSchema, hallId: Uuid }), hall: Named(),
  current: Type.Union([TicketSchema, Type.Null()]), waiting: Type.Array(TicketSchema), servedToday: Type.Integer(),
});

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const QueueStatisticsSchema = Type.Object({
  from: Type.String(), to: Type.String(),
  halls: Type.Array(Type.Object({ hallId: Uuid, name: BilingualSchema, tickets: Type.Integer(), called: Type.Integer(), served: Type.Integer(), noShow: Type.Integer(),
    fromBookings: Type.Integer(), averageWaitMinutes: NullableNumber, p90WaitMinutes: NullableNumber, longestWaitMinutes: NullableNumber })),
});

const SlotChoice = { windowId: Uuid, day: Day, start: ClockTime };
const citizens = { access: { roles: ['citizen'] } } as const;
const clerks = { access: { roles: ['window_clerk'] } } as const;

export const appointmentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/v1/halls/:id/slots', {
    config: { access: 'public' },
    schema: { tags, summary: '可预约时段 Free slots of a hall for an item (working days, the hall\'s hours)', params: IdParams,
      querystring: Type.Object({ itemCode: ItemCode, from: Type.Optional(Day), days: Type.Optional(Type.Integer({ minimum: 1, maximum: 15 })) }, { additionalProperties: false }),
      response: { 200: SlotsSchema, ...errors(400, 404, 422) } },
  }, (req) => booking.listSlots(req.ctx, { hallId: req.params.id, ...req.query }));

  app.post('/api/v1/appointments', {
    config: citizens,
    schema: { tags, summary: '预约 Book a slot at a window', body: Type.Object({ hallId: Uuid, itemCode: ItemCode, ...SlotChoice }, { additionalProperties: false }),
      response: { 201: AppointmentSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, async (req, reply) => reply.code(201).send(await booking.bookAppointment(req.ctx, req.body)));

  app.get('/api/v1/appointments', {
    config: citizens,
    schema: { tags, summary: '我的预约 My bookings', response: { 200: Type.Array(AppointmentSchema), ...errors(401, 403) } },
  }, (req) => booking.listMyAppointments(req.ctx));

  app.get('/api/v1/appointments/:id', {
    config: { access: { roles: ['citizen', 'window_clerk'] } },
    schema: { tags, params: IdParams, response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => booking.getAppointment(req.ctx, req.params.id));

  app.put('/api/v1/appointments/:id', {
    config: citizens,
    schema: { tags, summary: '改约 Move a booking to another slot', params: IdParams, body: Type.Object(SlotChoice, { additionalProperties: false }),
      response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404, 409, 422) } },
  }, (req) => booking.changeAppointment(req.ctx, req.params.id, req.body));

  app.post('/api/v1/appointments/:id/cancel', {
    config: citizens,
    schema: { tags, summary: '取消预约 Cancel a booking', params: IdParams, response: { 200: AppointmentSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => booking.cancelAppointment(req.ctx, req.params.id));

  app.post('/api/v1/appointments/:id/check-in', {
    config: { access: { roles: ['citizen', 'window_clerk'] } },
    schema: { tags, summary: '签到取号 Arrive: the booking becomes a queue ticket', params: IdParams, response: { 201: TicketSchema, ...errors(400, 401, 403, 404, 409) } },
  }, async (req, reply) => reply.code(201).send(await queue.checkIn(req.ctx, req.params.id)));

  app.post('/api/v1/halls/:id/tickets', {
    config: clerks,
    schema: { tags, summary: '现场取号 Draw a ticket for someone who came without a booking', params: IdParams,
      body: Type.Object({ itemCode: ItemCode }, { additionalProperties: false }), response: { 201: TicketSchema, ...errors(400, 401, 403, 404, 422) } },
  }, async (req, reply) => reply.code(201).send(await queue.drawTicket(req.ctx, req.params.id, req.body.itemCode)));

  app.get('/api/v1/windows/:id/queue', {
    config: clerks,
    schema: { tags, summary: '窗口队列 The ticket at this window and who waits for it', params: IdParams, response: { 200: QueueSchema, ...errors(400, 401, 403, 404) } },
  }, (req) => queue.windowQueue(req.ctx, req.params.id));

  app.post('/api/v1/windows/:id/call-next', {
    config: clerks,
    schema: { tags, summary: '叫号 Call the next ticket to this window', params: IdParams, response: { 200: TicketSchema, ...errors(400, 401, 403, 404, 409) } },
  }, (req) => queue.callNext(req.ctx, req.params.id));

  app.post('/api/v1/tickets/:id/finish', {
    config: clerks,
    schema: { tags, summary: '办结或过号 Close the ticket at my window', params: IdParams,
      body: Type.Object({ outcome: Type.Union([Type.Literal('served'), Type.Literal('no_show')]) }, { additionalProperties: false }),
      response: { 200: TicketSchema, ...errors(400, 401, 404, 409) } },
  }, (req) => queue.finishTicket(req.ctx, req.params.id, req.body.outcome));

  app.get('/api/v1/statistics/queue', {
    config: { access: { roles: ['leader', 'platform_admin'] } },
    schema: { tags, summary: '等候时长 Tickets and waiting times per hall', querystring: Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) }, { additionalProperties: false }),
      response: { 200: QueueStatisticsSchema, ...errors(400, 401, 403, 422) } },
  }, (req) => queue.queueStatistics(req.ctx, req.query));
};
