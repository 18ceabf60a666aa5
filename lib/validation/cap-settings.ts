import { z } from 'zod';
import { CAP_CATEGORIES } from './cap-categories';
import { checkPushEndpoint } from './check-push-endpoint';
import { AllowlistError, parseEndpointAllowlist, type EndpointAllowlist } from './endpoint-allowlist';
import { slugSchema } from './notification';

/** A mapping rule: an alert whose category and event match goes to the topic's followers. */
export type CapTopicRule = { category?: string; event?: RegExp | string; topic: string };

// CAP_TOPIC_RULES and CAP_DEFAULT_AUDIENCE: which residents an incoming CAP alert reaches. Parsed once at boot by
// lib/env.ts, so a typo stops start-up with a sentence instead of sending a storm warning to the wrong people.

/** An event written "/flood|crue/i" is a regular expression; any other string must equal the event (any case). */
const eventSchema = z
  .string()
  .min(1)
  .max(200)
  .transform((v, ctx): string | RegExp => {
    const m = /^\/(.+)\/([imsu]*)$/.exec(v);
    if (!m) return v;
    try {
      return new RegExp(m[1], m[2]);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${v} is not a valid regular expression` });
      return z.NEVER;
    }
  });

const categories = new Map(CAP_CATEGORIES.map((c) => [c.toLowerCase(), c]));
const ruleSchema = z.strictObject({
  category: z
    .string()
    .refine((c) => categories.has(c.toLowerCase()), 'must be a CAP 1.2 category (Met, Geo, …)')
    .optional(),
  event: eventSchema.optional(),
  topic: slugSchema,
});

const rulesSchema = z.array(ruleSchema).max(200);

/** '[{"category":"Met","topic":"weather"},{"event":"/flood|crue/i","topic":"floods"}]' → rules, first match wins. */
export function parseCapTopicRules(json: string | undefined): CapTopicRule[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new CapConfigError('CAP_TOPIC_RULES must be a JSON array such as [{"category":"Met","topic":"weather"}]');
  }
  const parsed = rulesSchema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new CapConfigError(`CAP_TOPIC_RULES: rule ${i.path.map(String).join('.')} ${i.message}`);
  }
  return parsed.data;
}

/**
 * The topic an incoming public alert goes to when no rule claims it, unless CAP_DEFAULT_AUDIENCE says otherwise. A
 * migration creates it; every account follows it from its creation until the person leaves it (issue #16).
 */
export const PUBLIC_ALERTS_TOPIC = 'public-alerts';

/**
 * "topic:<slug>" or "everyone": who receives a public alert that no rule claims. Unset: the Public alerts topic.
 * null means everyone (no one can leave that).
 */
export function parseCapDefaultAudience(value: string | undefined): string | null {
  if (!value) return PUBLIC_ALERTS_TOPIC;
  if (value === 'everyone') return null;
  const slug = /^topic:(.+)$/.exec(value)?.[1];
  const parsed = slugSchema.safeParse(slug ?? '');
  if (!slug || !parsed.success) throw new CapConfigError('CAP_DEFAULT_AUDIENCE must be everyone or topic:<slug>');
  return parsed.data;
}

export class CapConfigError extends Error {
  name = 'CapConfigError';
}

export type CapFeedConfig = { feeds: string[]; allowlist: EndpointAllowlist };

/**
 * CAP_FEED_URLS (comma-separated) under CAP_FEED_ALLOWLIST, written like PUSH_ENDPOINT_ALLOWLIST (hosts, *.wildcards,
 * verbatim origins) but with no default: the portal fetches only the hosts its administrator named. Every feed must
 * pass the list; the CAP documents the feeds link to are checked against it again when fetched.
 */
export function parseCapFeedConfig(urls: string | undefined, allowlist: string | undefined): CapFeedConfig {
  const feeds = (urls ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (!feeds.length) return { feeds, allowlist: { hostPatterns: [], origins: new Set() } };
  if (!allowlist?.trim()) throw new CapConfigError('CAP_FEED_ALLOWLIST must list the hosts of CAP_FEED_URLS');
  let list: EndpointAllowlist;
  try {
    list = parseEndpointAllowlist(allowlist);
  } catch (err) {
    if (!(err instanceof AllowlistError)) throw err;
    throw new CapConfigError(err.message.replace(/^PUSH_ENDPOINT_ALLOWLIST/, 'CAP_FEED_ALLOWLIST'));
  }
  for (const feed of feeds) {
    const check = checkPushEndpoint(feed, list);
    if (!check.ok) {
      throw new CapConfigError(`CAP_FEED_URLS: ${feed} is refused (${check.reason}) by CAP_FEED_ALLOWLIST`);
    }
  }
  return { feeds, allowlist: list };
}
