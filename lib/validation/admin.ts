import { z } from 'zod';
import { slugSchema } from './notification';

// The admin console's small resources: API tokens, topics, devices. Messages are codes the console translates.

export const idSchema = z.object({ id: z.string().trim().min(1).max(64) });
export const apiTokenInputSchema = z.object({ name: z.string().trim().min(1, { message: 'required' }).max(80, { message: 'too_long' }) });

const topicName = z.string().trim().min(1, { message: 'required' }).max(80, { message: 'too_long' });
export const topicCreateSchema = z.object({ slug: slugSchema, name: topicName });
export const topicRenameSchema = z.object({ id: z.string().trim().min(1).max(64), name: topicName });

/** Prune stale devices: no success for `days` (Safari never answers 410, so age is the only signal) or `failures` in a row. */
export const pruneCriteriaSchema = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30),
  failures: z.coerce.number().int().min(1).max(100).default(5),
});
export type PruneCriteria = z.infer<typeof pruneCriteriaSchema>;
export const pruneSchema = pruneCriteriaSchema.extend({ ids: z.array(z.string().min(1).max(64)).max(500) });
