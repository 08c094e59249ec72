import { createServiceAccountApiKey } from './create-service-account-api-key.ts';
import { listServiceAccountApiKeys } from './list-service-account-api-keys.ts';
import { revokeServiceAccountApiKey } from './revoke-service-account-api-key.ts';
import { rotateServiceAccountApiKey } from './rotate-service-account-api-key.ts';
import type { OperationHandler } from './types.ts';

/** The operations the mock implements; routes are made only for those the served document declares. */
export const OPERATION_HANDLERS: readonly OperationHandler[] = [
  createServiceAccountApiKey,
  listServiceAccountApiKeys,
  revokeServiceAccountApiKey,
  rotateServiceAccountApiKey,
];
