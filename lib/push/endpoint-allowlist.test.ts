import { describe, expect, it } from 'vitest';
import { checkPushEndpoint, parseEndpointAllowlist } from './endpoint-allowlist';

const defaults = parseEndpointAllowlist(undefined);
const withMock = parseEndpointAllowlist('fcm.googleapis.com,*.push.apple.com,http://localhost:8120');

describe('parseEndpointAllowlist', () => {
  it('defaults to the four browser push services', () => {
    expect(defaults.hostPatterns).toEqual([
      'fcm.googleapis.com',
      '*.push.services.mozilla.com',
      '*.push.apple.com',
      '*.notify.windows.com',
    ]);
    expect(defaults.origins.size).toBe(0);
    expect(parseEndpointAllowlist('  ')).toEqual(defaults);
  });

  it('replaces the default and separates hosts from full origins', () => {
    expect(withMock.hostPatterns).toEqual(['fcm.googleapis.com', '*.push.apple.com']);
    expect([...withMock.origins]).toEqual(['http://localhost:8120']);
  });

  it.each([
    '*',
    '*.com.',
    'http://localhost:8120/notify',
    'ftp://push.example.org',
    'https://user@push.example.org',
    'fcm.googleapis.com/path',
    'localhost:8120',
  ])('refuses the entry %s with a sentence naming the variable', (entry) =>
    expect(() => parseEndpointAllowlist(entry)).toThrow(/PUSH_ENDPOINT_ALLOWLIST/),
  );
});

describe('checkPushEndpoint (the SSRF line)', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ:APA91b', defaults],
    ['https://updates.push.services.mozilla.com/wpush/v2/gAAAAABk', defaults],
    ['https://web.push.apple.com/QGuQyavXutnMH', defaults],
    ['https://wns2-par02p.notify.windows.com/w/?token=BQYAAA', defaults],
    ['http://localhost:8120/notify/abc', withMock],
    ['https://FCM.googleapis.com/fcm/send/x', defaults],
  ])('accepts %s', (endpoint, list) => {
    expect(checkPushEndpoint(endpoint, list)).toMatchObject({ ok: true });
  });

  it.each([
    ['http://fcm.googleapis.com/fcm/send/x', defaults, 'scheme'],
    ['ftp://fcm.googleapis.com/x', defaults, 'scheme'],
    ['javascript:alert(1)', defaults, 'scheme'],
    ['not a url', defaults, 'not_a_url'],
    ['https://user:pw@fcm.googleapis.com/fcm/send/x', defaults, 'credentials'],
    ['https://user@fcm.googleapis.com/fcm/send/x', defaults, 'credentials'],
    ['https://fcm.googleapis.com:8443/fcm/send/x', defaults, 'not_allowed'],
    ['https://evil.example.org/fcm/send/x', defaults, 'not_allowed'],
    ['https://fcm.googleapis.com.evil.org/x', defaults, 'not_allowed'],
    ['https://evilfcm.googleapis.com/x', defaults, 'not_allowed'],
    ['https://push.apple.com/x', defaults, 'not_allowed'], // wildcard = subdomains only
    ['https://xpush.apple.com/x', defaults, 'not_allowed'],
    ['https://127.0.0.1/x', defaults, 'ip_literal'],
    ['https://2130706433/x', defaults, 'ip_literal'], // decimal 127.0.0.1
    ['https://0x7f.1/x', defaults, 'ip_literal'],
    ['https://10.0.0.5/x', defaults, 'ip_literal'],
    ['https://169.254.169.254/latest/meta-data', defaults, 'ip_literal'],
    ['https://8.8.8.8/x', defaults, 'ip_literal'],
    ['https://[::1]/x', defaults, 'ip_literal'],
    ['https://[::ffff:127.0.0.1]/x', defaults, 'ip_literal'],
    ['https://[fe80::1]/x', defaults, 'ip_literal'],
    ['https://localhost/x', defaults, 'private_host'],
    ['https://push.localhost/x', defaults, 'private_host'],
    ['https://printer.local/x', defaults, 'private_host'],
    ['https://metadata.google.internal/x', defaults, 'private_host'],
    ['https://intranet/x', defaults, 'private_host'],
    ['http://localhost:8121/notify/abc', withMock, 'scheme'], // listed origin is exact: another port is not
    ['https://localhost:8120/notify/abc', withMock, 'private_host'], // nor another scheme
    ['http://127.0.0.1:8120/notify/abc', withMock, 'scheme'],
    ['https://fcm.googleapis.com/' + 'a'.repeat(2100), defaults, 'too_long'],
  ])('refuses %s', (endpoint, list, reason) => {
    expect(checkPushEndpoint(endpoint, list)).toEqual({ ok: false, reason });
  });

  it('trusts a listed origin as is, even on a private address', () => {
    const list = parseEndpointAllowlist('https://10.1.2.3:8443');
    expect(checkPushEndpoint('https://10.1.2.3:8443/push/abc', list)).toMatchObject({ ok: true, listedOrigin: true });
    expect(checkPushEndpoint('https://10.1.2.3/push/abc', list)).toEqual({ ok: false, reason: 'ip_literal' });
  });
});

describe('PUSH_ENDPOINT_ALLOWLIST at start-up', () => {
  it('stops start-up with a sentence naming the variable', async () => {
    const { parseEnv } = await import('../env');
    expect(() => parseEnv({ PUSH_ENDPOINT_ALLOWLIST: 'fcm.googleapis.com,localhost:8120' })).toThrow(
      /PUSH_ENDPOINT_ALLOWLIST "localhost:8120" is neither a host/,
    );
    expect(
      parseEnv({ PUSH_ENDPOINT_ALLOWLIST: 'fcm.googleapis.com,http://localhost:8120' }).PUSH_ENDPOINT_ALLOWLIST,
    ).toContain('8120');
  });
});
