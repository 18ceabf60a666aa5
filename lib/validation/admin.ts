import { z } from 'zod';
import { slugSchema } from './notification';
import { idText, lineText } from './text';

// The admin console's small resources: API tokens, topics, devices. Messages are codes the console translates.

export const idSchema = z.object({ id: idText() });
const shortName = () => lineText().min(1, { message: 'required' }).max(80, { message: 'too_long' });
export const apiTokenInputSchema = z.object({ name: shortName() });

// A topic in the default language (required) and in French (empty: residents reading French see the default's).
// Empty clears a field; absent leaves it as it is.
const optional = (max: number) =>
  lineText()
    .max(max, { message: 'too_long' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));
const topicTexts = {
  name: shortName(),
  nameFr: optional(80),
  description: optional(200),
  descriptionFr: optional(200),
};
export const topicCreateSchema = z.object({ slug: slugSchema, ...topicTexts });
export const topicRenameSchema = z.object({ id: idText(), ...topicTexts });

/**
 * A whole number from a number field (the form sends its digits as text) or a JSON number. Only digits are read as
 * one: z.coerce.number took true as 1, [30] as 30, ' ' as 0 and '1e1' as 10.
 */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v),
    z
      .number({ message: 'invalid_number' })
      .int({ message: 'invalid_number' })
      .min(min, { message: 'out_of_range' })
      .max(max, { message: 'out_of_range' }),
  );

/**
 * Prune stale devices: no success for `days` (Safari never answers 410, so age is the only signal)
 * or `failures` in a row.
 */
export const pruneCriteriaSchema = z.object({
  days: wholeNumber(1, 365).default(30),
  failures: wholeNumber(1, 100).default(5),
});
export type PruneCriteria = z.infer<typeof pruneCriteriaSchema>;
export const pruneSchema = pruneCriteriaSchema.extend({ ids: z.array(idText()).max(500) });
