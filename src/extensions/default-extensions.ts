import type { ContractExtension } from '../run/extension.ts';
import { apiKeysExtension } from './api-keys/api-keys-extension.ts';
import { createdResourcesExtension } from './created-resources/created-resources-extension.ts';

/** The extensions every front end runs with (contract run, contract plan, the vitest suites), fresh per run. */
export function defaultExtensions(): ContractExtension[] {
  return [apiKeysExtension(), createdResourcesExtension()];
}
