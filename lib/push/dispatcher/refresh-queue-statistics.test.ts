import { describe, expect, it, vi } from 'vitest';
import type { SqlClient } from '../../db/sql-client';
import { ANALYZE_AFTER_QUEUED, refreshQueueStatistics } from './refresh-queue-statistics';

const fakeSql = (exec: SqlClient['exec']) => ({ exec }) as unknown as SqlClient;

describe('refreshQueueStatistics', () => {
  it('analyzes the outbox only from ANALYZE_AFTER_QUEUED deliveries', async () => {
    const exec = vi.fn(async () => undefined);
    await refreshQueueStatistics(fakeSql(exec), ANALYZE_AFTER_QUEUED - 1);
    expect(exec).not.toHaveBeenCalled();
    await refreshQueueStatistics(fakeSql(exec), ANALYZE_AFTER_QUEUED);
    expect(exec).toHaveBeenCalledWith('ANALYZE "Delivery"');
  });

  it('logs a failure instead of failing a notification that is already committed', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const exec = vi.fn(async () => Promise.reject(new Error('lock timeout')));
    await expect(refreshQueueStatistics(fakeSql(exec), ANALYZE_AFTER_QUEUED)).resolves.toBeUndefined();
    expect(logged.mock.calls[0][0]).toMatch(/"level":"warn".*refreshing the outbox statistics failed.*lock timeout/);
    logged.mockRestore();
  });
});
