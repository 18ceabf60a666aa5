// The default lives with the other push settings' defaults, below lib/env.ts; importable from here.
export { DEFAULT_PUSH_CONCURRENCY } from '../validation/push-settings';
