// What PUSH_ENDPOINT_ALLOWLIST may say, checked by lib/env.ts at start-up and used by lib/push/endpoint-allowlist.ts
// (the SSRF line) for every endpoint. Pure: validation reads no environment and imports no other part of lib/.

export const DEFAULT_PUSH_ENDPOINT_ALLOWLIST =
  'fcm.googleapis.com,*.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com';

export type EndpointAllowlist = {
  /** Exact hosts ("fcm.googleapis.com") and subdomain wildcards ("*.push.apple.com"), https on port 443 only. */
  hostPatterns: readonly string[];
  /** Full origins listed verbatim ("http://localhost:8120"): any scheme/host/port they name is trusted as is. */
  origins: ReadonlySet<string>;
};

export class AllowlistError extends Error {
  name = 'AllowlistError';
}

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/;

/** Parses PUSH_ENDPOINT_ALLOWLIST ("fcm.googleapis.com,*.push.apple.com,http://localhost:8120"); empty: the default. */
export function parseEndpointAllowlist(value: string | undefined): EndpointAllowlist {
  const entries = (value?.trim() ? value : DEFAULT_PUSH_ENDPOINT_ALLOWLIST)
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const hostPatterns: string[] = [];
  const origins = new Set<string>();
  for (const entry of entries) {
    if (entry.includes('://')) origins.add(parseOriginEntry(entry));
    else if (HOST_PATTERN.test(entry)) hostPatterns.push(entry);
    else {
      throw new AllowlistError(
        `PUSH_ENDPOINT_ALLOWLIST: "${entry}" is neither a host (fcm.googleapis.com, ` +
          '*.push.apple.com) nor an origin (https://push.example.org:8443)',
      );
    }
  }
  return { hostPatterns, origins };
}

function parseOriginEntry(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new AllowlistError(`PUSH_ENDPOINT_ALLOWLIST: "${entry}" is not a valid origin`);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!['http:', 'https:'].includes(url.protocol) || !bare || entry.replace(/\/$/, '') !== url.origin) {
    throw new AllowlistError(
      `PUSH_ENDPOINT_ALLOWLIST: "${entry}" must be a bare origin like https://push.example.org:8443`,
    );
  }
  return url.origin;
}
