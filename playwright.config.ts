import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import {
  FIREFOX_PUSH_PORT,
  FIREFOX_PUSH_SERVICE,
  PRIVATE_APP_PORT,
  PRIVATE_BASE_URL,
  PRIVATE_DATA_DIR,
} from './e2e/fixtures/firefox-ports';
import {
  APP_PORT,
  BASE_URL,
  DATA_DIR,
  FAULT_PUSH_PORT,
  FAULT_PUSH_SERVICE,
  NOTIFYD_PORT,
  NOTIFYD_SOCKET,
  PUSH_SERVICE,
  PUSH_SERVICE_PORT,
} from './e2e/fixtures/ports';
import { portalLog } from './e2e/fixtures/server-log';

// Chromium and Firefox show notifications through D-Bus: the fake daemon (e2e/fixtures/fake-notifyd.mjs) owns this bus.
process.env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${NOTIFYD_SOCKET}`;

/**
 * One portal under test: the build of `next build`, its own data folder, the local push services allowlisted. No
 * NEXTAUTH_URL, as after `npm start` on any machine: every redirect must follow the origin in use (origin.spec.ts).
 */
function portal(port: number, baseURL: string, dataDir: string, env: Record<string, string> = {}) {
  return {
    // Its log is kept in a file too: with no SMTP server configured, password reset links are only written there
    // (e2e/fixtures/server-log.ts reads them).
    command:
      `mkdir -p e2e/.output && node --conditions=react-server --import tsx scripts/start.ts 2>&1` +
      ` | tee ${portalLog(port)}`,
    url: `${baseURL}/manifest.webmanifest`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    env: {
      PORT: String(port),
      CRIEUR_DATA_DIR: path.resolve(dataDir),
      CRIEUR_BUILD: 'never',
      NEXT_TELEMETRY_DISABLED: '1',
      // Another zone than the browsers' (the machine's): a date formatted with the machine's zone on the server and
      // the browser's in the client renders differently, which every test then fails on (a hydration error).
      TZ: 'Asia/Tokyo',
      // The default push-service allowlist plus the local ones: plain http is allowed only because they are listed.
      PUSH_ENDPOINT_ALLOWLIST: [
        'fcm.googleapis.com',
        '*.push.services.mozilla.com',
        '*.push.apple.com',
        '*.notify.windows.com',
        PUSH_SERVICE,
        FAULT_PUSH_SERVICE,
        FIREFOX_PUSH_SERVICE,
      ].join(','),
      // No retries: a 500 from the fault push service becomes "failed" at once, not after 5 attempts over minutes.
      PUSH_MAX_ATTEMPTS: '1',
      // Every spec runs from 127.0.0.1: trusting loopback as a proxy lets a spec pick its client address with
      // X-Forwarded-For (the lock-out specs do), and the suite's many sign-ups stay under the per-address limit.
      TRUSTED_PROXIES: 'loopback',
      SIGNUPS_PER_ADDRESS_PER_HOUR: '1000',
      // Low enough for the suite's few accounts to reach it: "Everyone" asks to confirm (composer-safety.spec.ts),
      // one person or a topic's few followers do not.
      COMPOSE_CONFIRM_THRESHOLD: '5',
      // CAP alerts in (e2e/delivery/cap-alert-to-device.spec.ts): weather alerts to the weather topic's followers.
      CAP_TOPIC_RULES: '[{"category":"Met","topic":"weather"}]',
      ...env,
    },
  };
}

export default defineConfig({
  testDir: './e2e',
  outputDir: 'e2e/.output/results',
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  // *.test.ts under e2e/ are vitest unit tests of the test services.
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'chromium', testIgnore: 'firefox/**', use: { ...devices['Desktop Chrome'] } },
    // Debian's Firefox ESR through puppeteer-core (e2e/fixtures/firefox-test.ts), with its real push client; the
    // Chromium of `page` is only the administrator's console there. Each test starts one or two Firefoxes.
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts', timeout: 90_000, use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      command: `node e2e/fixtures/fake-notifyd.mjs`,
      port: NOTIFYD_PORT,
      reuseExistingServer: false,
      env: { NOTIFYD_PORT: String(NOTIFYD_PORT), NOTIFYD_SOCKET },
    },
    {
      // local RFC 8030 push service: hands out subscriptions, checks VAPID, decrypts RFC 8291 payloads
      command: `node node_modules/web-push-testing/src/bin/server.js ${PUSH_SERVICE_PORT}`,
      port: PUSH_SERVICE_PORT,
      reuseExistingServer: false,
    },
    {
      // a push service that answers 500, 429… on demand (e2e/fixtures/fault-push.ts)
      command: 'node --import tsx e2e/fixtures/fault-push-server.ts',
      port: FAULT_PUSH_PORT,
      reuseExistingServer: false,
      env: { FAULT_PUSH_PORT: String(FAULT_PUSH_PORT) },
    },
    {
      // Firefox's own push client connects here (e2e/fixtures/firefox-push-server.ts)
      command: 'node --import tsx e2e/fixtures/firefox-push-main.ts',
      port: FIREFOX_PUSH_PORT,
      reuseExistingServer: false,
      env: { FIREFOX_PUSH_PORT: String(FIREFOX_PUSH_PORT) },
    },
    portal(APP_PORT, BASE_URL, DATA_DIR),
    {
      // The same build with PUSH_PRIVATE_PAYLOADS=1 (read once at start), for e2e/firefox/private-payloads.spec.ts.
      // Seeded by its own command, seed.ts taking the folder from E2E_DATA_DIR, while the other servers start.
      ...portal(
        PRIVATE_APP_PORT,
        PRIVATE_BASE_URL,
        PRIVATE_DATA_DIR,
        // This one keeps NEXTAUTH_URL, the set-up behind a reverse proxy.
        { PUSH_PRIVATE_PAYLOADS: '1', E2E_DATA_DIR: PRIVATE_DATA_DIR, NEXTAUTH_URL: PRIVATE_BASE_URL },
      ),
      command:
        'node --conditions=react-server --import tsx e2e/fixtures/seed.ts' +
        ' && node --conditions=react-server --import tsx scripts/start.ts',
    },
  ],
});
