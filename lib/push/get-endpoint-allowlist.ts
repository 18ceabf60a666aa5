import { getEnv } from '../env';
import { parseEndpointAllowlist, type EndpointAllowlist } from './endpoint-allowlist';

let cached: EndpointAllowlist | undefined;

/** The configured allowlist (PUSH_ENDPOINT_ALLOWLIST, else the default), parsed once per process. */
export function getEndpointAllowlist(): EndpointAllowlist {
  return (cached ??= parseEndpointAllowlist(getEnv().PUSH_ENDPOINT_ALLOWLIST));
}
