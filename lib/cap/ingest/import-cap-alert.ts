import 'server-only';
import type { AuditActor } from '../../audit/audit-actions';
import { getEnv } from '../../env';
import { HttpError, zodFieldErrors } from '../../http/json-error';
import { DEFAULT_LOCALE } from '../../i18n/locales';
import { cancelUndelivered } from '../../notifications/cancel-notification';
import { createNotification } from '../../notifications/create-notification';
import { notificationInputSchema } from '../../validation/notification';
import { capToNotification } from '../cap-to-notification';
import { parseCapAlert } from '../parse-cap';
import type { AlertImported } from './alert-imported-schema';
import { capAlertKey, findImportedAlert, findReferencedAlerts, type CapImporter } from './imported-alerts';

/** The audit log's actor: the token that posted the alert, or the feed poller. */
const importerActor = (importer: CapImporter): AuditActor =>
  importer.apiTokenId ? { kind: 'token', tokenId: importer.apiTokenId } : { kind: 'system', label: 'CAP feed' };

/** msgType, the notification an Alert or Update became, and what an Update replaced or a Cancel withdrew. */
export type ImportCapResult = AlertImported;

/**
 * One CAP 1.2 message from another system becomes one notification, through createNotification like any other (same
 * validation, outbox, fan-out), recorded under the importing token. Alert publishes; Update publishes under the
 * thread's tag, so devices replace what they show, then cancels what is left of the messages it references; Cancel
 * withdraws them. Throws CapError for a refused document, HttpError 422 for a notification the schema refuses.
 */
export async function importCapAlert(
  xml: string,
  importer: CapImporter,
  opts: { now?: Date } = {},
): Promise<ImportCapResult> {
  const alert = parseCapAlert(xml);
  const env = getEnv();
  const mapping = capToNotification(alert, {
    defaultLanguage: DEFAULT_LOCALE,
    topicRules: env.CAP_TOPIC_RULES,
    defaultTopic: env.CAP_DEFAULT_AUDIENCE,
    now: opts.now,
  });
  const key = capAlertKey(alert.sender, alert.identifier);
  const { msgType } = mapping;
  if (mapping.action === 'publish') {
    const earlier = await findImportedAlert(key);
    if (earlier) return { msgType, ...earlier, created: false, cancelled: [] };
  }
  const referenced = await findReferencedAlerts(mapping.references, importer);
  if (mapping.action === 'cancel') {
    await cancelUndelivered(referenced, importerActor(importer));
    return { msgType, created: false, cancelled: referenced };
  }
  // The schema reads what a client sends: the expiry as RFC 3339 text.
  const { notification } = mapping;
  const raw = notification && { ...notification, expiresAt: notification.expiresAt.toISOString() };
  const input = notificationInputSchema.safeParse(raw);
  if (!input.success) throw new HttpError(422, 'invalid', { fields: zodFieldErrors(input.error.issues, raw) });
  const r = await createNotification(input.data, {
    source: 'api',
    apiTokenId: importer.apiTokenId ?? undefined,
    idempotencyKey: key,
    keyScope: 'message',
    now: opts.now,
  });
  const replaced = r.created ? referenced.filter((id) => id !== r.id) : [];
  await cancelUndelivered(replaced, importerActor(importer));
  const { id, recipients, deliveries, created } = r;
  return { msgType, id, recipients, deliveries, created, cancelled: replaced };
}
