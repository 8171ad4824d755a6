// Declared events. Each module names the events it emits, with a TypeBox schema for the payload, in its
// `events.ts`, and adds them to `EventMap` by declaration merging (as Fastify's decorators do), so `emit` and
// `subscribe` are typed by the event's name: a wrong payload, or a handler reading a key the event does not
// carry, fails type-checking. The schemas are compiled once when a module is registered and every payload is
// checked against its schema when it is emitted, so a payload that lies about its type never reaches the outbox.
import type { Static, TProperties, TSchema } from 'typebox';
import { Type } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';

/** Event name → payload type. Empty here: every module's events.ts adds its own events. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface EventMap {}

export type EventName = keyof EventMap & string;

/** What a subscriber receives: the payload as stored (JSON), with its name, id and time. */
export interface EventEnvelope<P = unknown, T extends string = string> {
  id: string;
  type: T;
  payload: P;
  occurredAt: string;
}

/** The envelope of one of the events `K`, discriminated by `type`. */
export type EventOf<K extends EventName> = { [T in K]: EventEnvelope<EventMap[T], T> }[K];

/** A module's declared events: name → payload schema. */
export type EventSchemas = Record<string, TSchema>;

/** The payload types of a module's declared events, for its `declare module` block. */
export type PayloadsOf<S extends EventSchemas> = { -readonly [K in keyof S]: Static<S[K]> };

/** Holds the compiled schemas of every declared event. One per running Tongban, beside the job registry. */
export class EventCatalog {
  private readonly validators = new Map<string, { schema: TSchema; check: Validator }>();

  declare(schemas: EventSchemas): void {
    for (const [name, schema] of Object.entries(schemas)) {
      const known = this.validators.get(name);
      if (known && known.schema !== schema) throw new Error(`Event ${name} is declared twice with different schemas`);
      if (!/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/.test(name)) throw new Error(`Event name ${name} is not <module>.<what_happened>`);
      this.validators.set(name, { schema, check: Compile(schema) });
    }
  }

  has(name: string): boolean {
    return this.validators.has(name);
  }

  names(): string[] {
    return [...this.validators.keys()].sort();
  }

  /** Throws when the event is undeclared or its payload does not match its schema (naming the first wrong keys). */
  check(name: string, payload: unknown): void {
    const entry = this.validators.get(name);
    if (!entry) throw new Error(`Event ${name} is not declared: add it to its module's events.ts`);
    if (entry.check.Check(payload)) return;
    const wrong = [...entry.check.Errors(payload)].slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`Event ${name}: payload does not match its declared schema: ${wrong.join('; ')}`);
  }
}

/** A payload schema: an object whose every key is declared (a key nobody declared never travels unseen). */
export const EventPayload = <P extends TProperties>(properties: P) => Type.Object(properties, { additionalProperties: false });

/** Helpers for payload schemas: a day 'YYYY-MM-DD', an id, a nullable value, a bilingual text. */
export const EventDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const EventId = Type.String({ minLength: 1 });
export const Nullable = <S extends TSchema>(schema: S) => Type.Union([schema, Type.Null()]);
export const EventBilingual = Type.Object({ zh: Type.String(), en: Type.String() });
