import { checkPushEndpoint, MAX_ENDPOINT_LENGTH } from '../push/endpoint-allowlist';
import { getEndpointAllowlist } from '../push/get-endpoint-allowlist';
import { subscriptionSchemas } from '../validation/subscription';

// The subscription API's schemas bound to this deployment's endpoint rules. The allowlist is read when a body is
// checked, not when this module loads: route modules import it at build time, when no environment is set.
export const {
  subscription: subscriptionSchema,
  subscriptionChange: subscriptionChangeSchema,
  endpointOnly: endpointOnlySchema,
  testPush: testPushSchema,
} = subscriptionSchemas({
  maxLength: MAX_ENDPOINT_LENGTH,
  check: (endpoint) => checkPushEndpoint(endpoint, getEndpointAllowlist()),
});
