// The shapes the pages read, taken from the generated API types (web/src/api-types.ts, `npm run web:types`): when a
// route's answer changes, the pages that read it stop compiling instead of drifting.
import type { paths } from './api-types';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Success<R> = R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer A } ? JsonOf<A> : R extends { 202: infer A } ? JsonOf<A> : never;

/** The success answer of a route: `Answer<'/api/v1/applications/{id}'>`, `Answer<'/api/v1/applications', 'post'>`. */
export type Answer<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { responses: infer R } ? Success<R> : never;

/**
 * The part of JSON Schema 2020-12 the item forms use, with the form extensions (x-sections orders a form, x-prefill
 * binds fields). The API carries a form as free JSON (its shape is the item's business); pages read it through this.
 */
export interface JsonSchema {
  type?: string; title?: string; properties?: Record<string, JsonSchema>; required?: string[]; enum?: unknown[]; format?: string;
  pattern?: string; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; items?: JsonSchema; description?: string;
  'x-sections'?: { key: string; title: { zh: string; en: string } }[]; 'x-prefill'?: Record<string, string>;
  /** The label of every choice, in both languages (the catalog refuses a choice without one). */
  'x-labels'?: Record<string, { zh: string; en: string }>; if?: JsonSchema; then?: JsonSchema; allOf?: JsonSchema[]; const?: unknown;
}

type PublishedItemAnswer = Answer<'/api/v1/catalog/items/{code}'>;
export type ItemDefinition = Omit<PublishedItemAnswer['definition'], 'form'> & { form: JsonSchema };
export type Material = ItemDefinition['materials'][number];
export type EligibilityCondition = NonNullable<ItemDefinition['eligibility']>[number];
type BundleDefinitionAnswer = Answer<'/api/v1/catalog/bundles/{code}'>['definition'];
export type SharedField = Omit<BundleDefinitionAnswer['sharedFields'][number], 'schema'> & { schema: JsonSchema };
export type BundleDefinition = Omit<BundleDefinitionAnswer, 'sharedFields'> & { sharedFields: SharedField[] };
/** A published catalog entry whose definition the page reads as `D`. */
export type Published<D> = Omit<PublishedItemAnswer, 'definition'> & { definition: D };
export type CatalogSummary = Answer<'/api/v1/catalog/items'>[number];
export type BundleGuide = Omit<Answer<'/api/v1/catalog/bundles/{code}/guide'>, 'bundle'> & { bundle: Published<BundleDefinition> };

export type Application = Answer<'/api/v1/applications/{id}'>;
export type Draft = Answer<'/api/v1/applications/drafts', 'post'>;
export type Task = Application['tasks'][number];
export type TimeLimit = Application['timeLimit'];
export type TimelineEntry = Answer<'/api/v1/applications/{id}/timeline'>[number];

// 预约 and 取号 (the appointments module)
export type AppointmentView = Answer<'/api/v1/appointments/{id}'>;
export type SlotsView = Answer<'/api/v1/halls/{id}/slots'>;
export type TicketView = Answer<'/api/v1/halls/{id}/tickets', 'post'>;
export type WindowQueue = Answer<'/api/v1/windows/{id}/queue'>;
export type HallSummary = Answer<'/api/v1/halls'>[number];
export type WindowSummary = Answer<'/api/v1/halls/{id}/windows'>[number];
