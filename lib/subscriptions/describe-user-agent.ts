// A readable device name ("Firefox on Android") from the User-Agent, so the device list means something to a person.
// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", every iOS browser says "Safari".

const BROWSERS: Array<[RegExp, string]> = [
  [/EdgA?\/|EdgiOS\//, 'Edge'],
  [/OPR\/|OPiOS\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: Array<[RegExp, string]> = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Windows/, 'Windows'],
  [/Macintosh|Mac OS X/, 'macOS'],
  [/Linux|X11/, 'Linux'],
];

export type DeviceDescription = { browser: string | null; os: string | null };

export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  const ua = userAgent ?? '';
  const browser = BROWSERS.find(([re]) => re.test(ua))?.[1] ?? null;
  let os = SYSTEMS.find(([re]) => re.test(ua))?.[1] ?? null;
  // iPadOS Safari asks for desktop pages and says "Macintosh"; only touch support gives it away, which the server
  // cannot see, so a "Mac" with a mobile Safari token is called an iPad.
  if (os === 'macOS' && /Mobile\//.test(ua)) os = 'iPad';
  return { browser, os };
}
