import { createServiceAccountApiKey } from './create-service-account-api-key.ts';
import type { OperationHandler } from './types.ts';

/** The operations the mock implements; list, revoke and rotate join here as handlers of their own. */
export const OPERATION_HANDLERS: readonly OperationHandler[] = [createServiceAccountApiKey];
