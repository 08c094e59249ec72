import { MOCK_DOCUMENT_PATH } from './defaults.ts';
import type { MockServer } from './types.ts';

/**
 * What `npm run mock` prints: where the mock listens and how to call it. The tokens are the mock's own
 * well-known test tokens, not secrets, so they are printed in full.
 */
export function formatMockBanner(server: MockServer): string {
  const { credentials: c } = server;
  const lines = [
    `Mock server listening on ${server.url}`,
    `  OpenAPI document: ${server.url}${MOCK_DOCUMENT_PATH}`,
    `  Full token:       ${c.token}`,
    `  Read-only token:  ${c.readOnlyToken}`,
    `  Service account:  ${c.serviceAccountId}`,
    `  Unknown account:  ${c.unknownServiceAccountId} (answers 404)`,
    ...server.operations.map((op) => `  Operation:        ${op.method} ${op.path} (${op.operationId})`),
  ];
  if (server.faults.length > 0) lines.push(`  Faults:           ${server.faults.join(', ')}`);
  return lines.join('\n');
}
