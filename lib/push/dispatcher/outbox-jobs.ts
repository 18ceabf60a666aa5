import { deleteExpiredAuditEntries } from '../../audit/delete-expired-audit-entries';
import type { SqlClient } from '../../db/sql-client';
import type { PushSender } from '../types';
import { deleteExpiredTestPushes } from '../test-pushes/delete-expired-test-pushes';
import { deleteOldDeliveries, expireOverdue } from './delivery-store';
import { maintainDevices, type DeviceExpiryOptions } from './device-expiry';
import type { PeriodicJob } from './periodic-jobs';

/**
 * The outbox's upkeep: expiry of what waited too long, retention (deliveries, audit log, expired test pushes), unseen
 * devices.
 */
export function outboxJobs(o: {
  sql: SqlClient;
  sender: PushSender;
  everyMs: number;
  deviceExpiry?: DeviceExpiryOptions;
  origin?: string | null;
  auditRetentionDays?: number;
}): PeriodicJob[] {
  const { sql, everyMs } = o;
  const jobs: PeriodicJob[] = [
    // Held by quiet hours or retries past their notification's expiry: no claim would ever finish them.
    {
      name: 'expiry',
      everyMs,
      doneMessage: 'push outbox swept',
      run: async () => ({ expired: await expireOverdue(sql) }),
    },
    // Finished deliveries older than RETENTION_DAYS, in bounded batches.
    {
      name: 'retention',
      everyMs,
      doneMessage: 'push outbox swept',
      run: async () => ({ deleted: await deleteOldDeliveries(sql) }),
    },
    // Audit entries older than AUDIT_RETENTION_DAYS (none when unset: the log is kept).
    {
      name: 'audit-retention',
      everyMs,
      doneMessage: 'expired audit entries deleted',
      run: async () => ({ deleted: await deleteExpiredAuditEntries(sql, o.auditRetentionDays) }),
    },
    // Private test pushes past their 5 minutes, of people who did not send another test (which clears their own).
    {
      name: 'test-push-retention',
      everyMs,
      doneMessage: 'expired test pushes deleted',
      run: async () => ({ deleted: await deleteExpiredTestPushes(sql) }),
    },
  ];
  const { deviceExpiry } = o;
  if (deviceExpiry) {
    jobs.push({
      name: 'device-expiry',
      everyMs,
      doneMessage: 'unseen devices warned and expired',
      run: () => maintainDevices(sql, o.sender, { ...deviceExpiry, origin: o.origin }),
    });
  }
  return jobs;
}
