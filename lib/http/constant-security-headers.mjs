// Plain JS because next.config.js loads it too (the build's static files get these headers from there; proxy.ts
// sets them with the per-request CSP on everything else). Types: constant-security-headers.d.mts.

/**
 * Powerful features the portal never uses, denied to it and to anything it might embed. Notifications, push and
 * the app badge are not policy-controlled features (naming them only earns a console error), so they stay usable.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(', ');

/** Headers that are the same for every response and every deployment. */
export const CONSTANT_SECURITY_HEADERS = Object.freeze({
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors 'none' says the same to browsers that know CSP level 2.
  'X-Frame-Options': 'DENY',
});
