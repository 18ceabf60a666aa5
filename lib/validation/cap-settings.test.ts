import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';
import { parseCapDefaultAudience, parseCapTopicRules } from './cap-settings';

describe('CAP_TOPIC_RULES and CAP_DEFAULT_AUDIENCE', () => {
  it('reads rules in order, an event between slashes as a regular expression', () => {
    const json = '[{"category":"met","topic":"weather"},{"event":"/flood|crue/i","topic":"floods"}]';
    const rules = parseCapTopicRules(json);
    expect(rules[0]).toEqual({ category: 'met', topic: 'weather' });
    expect(rules[1].event).toEqual(/flood|crue/i);
    expect(parseCapTopicRules('[{"event":"Heat wave","topic":"heat"}]')[0].event).toBe('Heat wave');
    expect(parseCapTopicRules(undefined)).toEqual([]);
  });

  it.each([
    ['not JSON', '{category: Met}', /JSON array/],
    ['an unknown category', '[{"category":"Weather","topic":"w"}]', /0\.category must be a CAP 1\.2 category/],
    ['a bad regular expression', '[{"event":"/(/","topic":"w"}]', /not a valid regular expression/],
    ['a topic that is no slug', '[{"event":"Flood","topic":"Floods!"}]', /0\.topic/],
    ['a misspelt key', '[{"evnt":"Flood","topic":"floods"}]', /evnt|Unrecognized/i],
  ])('stops start-up on %s, naming the variable', (_, value, reason) => {
    expect(() => parseEnv({ CAP_TOPIC_RULES: value })).toThrow(EnvError);
    expect(() => parseEnv({ CAP_TOPIC_RULES: value })).toThrow(/CAP_TOPIC_RULES/);
    expect(() => parseCapTopicRules(value)).toThrow(reason);
  });

  it('sends unclaimed alerts to the Public alerts topic, or to the topic named, or to everyone when asked', () => {
    expect(parseCapDefaultAudience(undefined)).toBe('public-alerts');
    expect(parseEnv({}).CAP_DEFAULT_AUDIENCE).toBe('public-alerts');
    expect(parseCapDefaultAudience('everyone')).toBeNull();
    expect(parseCapDefaultAudience('topic:floods')).toBe('floods');
    expect(parseEnv({ CAP_DEFAULT_AUDIENCE: 'topic:public-alerts' }).CAP_DEFAULT_AUDIENCE).toBe('public-alerts');
    expect(() => parseEnv({ CAP_DEFAULT_AUDIENCE: 'public-alerts' })).toThrow(/CAP_DEFAULT_AUDIENCE must be everyone/);
  });
});

describe('CAP feed settings at boot', () => {
  it('names the variable at fault', () => {
    expect(() => parseEnv({ CAP_FEED_URLS: 'https://alerts.example/feed' })).toThrow(/CAP_FEED_ALLOWLIST must list/);
    expect(() => parseEnv({ CAP_FEED_URLS: 'https://a.example/f', CAP_FEED_ALLOWLIST: 'b.example' })).toThrow(
      /CAP_FEED_URLS https:\/\/a\.example\/f is refused \(not_allowed\)/,
    );
    expect(() =>
      parseEnv({
        CAP_FEED_URLS: 'https://a.example/f',
        CAP_FEED_ALLOWLIST: 'a.example',
        CAP_FEED_INTERVAL_SECONDS: '5',
      }),
    ).toThrow(/CAP_FEED_INTERVAL_SECONDS must be at least 30/);
    const env = parseEnv({ CAP_FEED_URLS: 'https://a.example/f', CAP_FEED_ALLOWLIST: 'a.example' });
    expect(env.CAP_FEED_INTERVAL_SECONDS).toBe(300);
  });
});
