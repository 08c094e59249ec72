import { packagePath } from '../core/package-root.ts';

/**
 * The pinned document, used when the target serves none. Its own module, so that `contract plan` and
 * `contract diff` name it without loading the run engine (an HTTP client, the checks, the key tracker).
 */
export const PINNED_SPEC = packagePath('fixtures', 'create-service-account-api-key.openapi.yaml');
