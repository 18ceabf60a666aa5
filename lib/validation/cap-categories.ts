// CAP 1.2 §3.2.2 <category> code values; here so that the CAP settings (cap-settings.ts) can check them at start-up.
export const CAP_CATEGORIES = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
