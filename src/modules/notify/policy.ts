// Who may do what with inbox messages and notification preferences. Pure predicates: the service loads the row,
// these decide; a failed read is "not found", so nobody learns that someone else's message id exists.
import type { Actor } from '../../platform/actor.js';

export interface MessageFacts {
  recipientPersonId: string | null;
  recipientAccountId: string | null; // a staff account's message: staff belong to no person
}

export type MessageAction = 'read' | 'mark_read';

/**
 * A message is its recipient's alone. Acting for someone (帮办代办, 经办人) one still reads one's own inbox
 * (the routes are `acting: 'self'`), never the principal's: no delegation scope covers another person's messages.
 */
export function canOnMessage(actor: Actor, action: MessageAction, m: MessageFacts): boolean {
  const recipient = actor.kind === 'account' && ((actor.personId !== null && actor.personId === m.recipientPersonId)
    || (m.recipientAccountId !== null && actor.accountId === m.recipientAccountId));
  switch (action) {
    case 'read':
    case 'mark_read':
      return recipient;
  }
}

export type PreferencesAction = 'read' | 'update';

/** One's own notification preferences; staff accounts belong to no person and have none. */
export function canOnPreferences(actor: Actor, action: PreferencesAction, personId: string | null): boolean {
  const own = actor.kind === 'account' && personId !== null && actor.personId === personId;
  switch (action) {
    case 'read':
    case 'update':
      return own;
  }
}
