// What the directory tells others: regions and departments came or changed.
import { Type } from 'typebox';
import { EventId, EventPayload, type PayloadsOf } from '../../platform/events.js';

export const directoryEvents = {
  'region.created': EventPayload({ code: Type.String() }),
  'department.created': EventPayload({ departmentId: EventId }),
  'department.updated': EventPayload({ departmentId: EventId }),
};

export type DirectoryEvents = PayloadsOf<typeof directoryEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends DirectoryEvents {}
}
