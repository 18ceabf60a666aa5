// The list itself lives with the page's filter schema (lib/validation/audit.ts), below every other part of lib/.
export { AUDIT_ACTIONS } from '../validation/audit';
import { AUDIT_ACTIONS } from '../validation/audit';

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (v: string): v is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(v);

/**
 * Who acted. A person or an API token is named by id and labelled from its row inside the same transaction, so the
 * entry keeps the name the actor had then, even after the row is renamed or deleted. `system` is the operator's
 * command line or a job; `anonymous` is a visitor (a failed sign-in), labelled with what they typed.
 */
export type AuditActor =
  | { kind: 'user'; userId: string }
  | { kind: 'token'; tokenId: string }
  | { kind: 'system'; label: string }
  | { kind: 'anonymous'; label: string };

export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

export type AuditEntryInput = {
  actor: AuditActor;
  action: AuditAction;
  target?: { kind: 'notification' | 'topic' | 'token' | 'device' | 'user'; id: string };
  details?: AuditDetails;
  ip?: string | null;
};

/** The actor for a person (an admin's principal, or the person a sign-in or reset is for). */
export const personActor = (userId: string): AuditActor => ({ kind: 'user', userId });
