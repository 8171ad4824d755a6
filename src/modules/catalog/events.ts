// What the catalogue tells others: a new version of an item or bundle is published.
import { Type } from 'typebox';
import { EventId, EventPayload, type PayloadsOf } from '../../platform/events.js';

export const catalogEvents = {
  'catalog.published': EventPayload({ entryId: EventId, code: Type.String(), version: Type.Integer({ minimum: 1 }), versionId: EventId }),
};

export type CatalogEvents = PayloadsOf<typeof catalogEvents>;
declare module '../../platform/events.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface EventMap extends CatalogEvents {}
}
