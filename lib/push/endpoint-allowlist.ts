// Parsing the setting and checking an endpoint against it live with validation, below lib/env.ts (which checks
// PUSH_ENDPOINT_ALLOWLIST and CAP_FEED_URLS at start-up); importable from here, the module that names the SSRF line.
export {
  AllowlistError,
  DEFAULT_PUSH_ENDPOINT_ALLOWLIST,
  parseEndpointAllowlist,
  type EndpointAllowlist,
} from '../validation/endpoint-allowlist';
export {
  checkPushEndpoint,
  MAX_ENDPOINT_LENGTH,
  type EndpointCheck,
  type EndpointRefusal,
} from '../validation/check-push-endpoint';

// Where the connect-time check lives.
export { isPublicAddress } from './public-address';
