import 'server-only';
import { kysely } from '../db/client';
import { personActor } from './audit-actions';
import { recordAuditEntry } from './record-audit-entry';

/**
 * A test push (a resident's "send me a test" or the composer's draft test): it reaches real devices outside the
 * outbox, so it is recorded after it went out, with what it said and how many devices took it.
 */
export async function recordTestSend(
  user: { id: string },
  opts: { title: string; draft: boolean; counts: Record<string, number> },
): Promise<void> {
  await recordAuditEntry(kysely(), {
    actor: personActor(user.id),
    action: 'notification.test',
    target: { kind: 'user', id: user.id },
    details: { title: opts.title, draft: opts.draft, ...opts.counts },
  });
}
