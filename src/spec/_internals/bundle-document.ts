import type * as Parser from '@readme/openapi-parser';
import { err, ok, type Result } from '../../core/result.ts';
import { absolutizeRefs } from './absolutize-refs.ts';
import { isRecord } from './is-record.ts';

type Api = Parameters<typeof Parser.bundle>[0];

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

/**
 * External `$ref`s become internal ones; internal `$ref`s are kept (a recursive schema stays finite).
 * Local files may be read only for a document that is itself a file; redirects are never followed.
 */
export async function bundleDocument(
  document: Record<string, unknown>,
  source: string,
  kind: 'file' | 'url',
  timeoutMs: number,
): Promise<Result<Record<string, unknown>>> {
  try {
    const prepared = absolutizeRefs(document, source, kind) as unknown as Api;
    // Loaded only for documents with external references: most start-ups never need it.
    const { bundle } = await import('@readme/openapi-parser');
    const bundled: unknown = await bundle(prepared, {
      resolve: { file: kind === 'file', http: { redirects: 0, timeout: timeoutMs } },
      timeoutMs,
    });
    if (!isRecord(bundled))
      return err('OAC_ERR_REF_UNRESOLVED', `spec ${source}: bundling its $refs gave no document`);
    return ok(bundled);
  } catch (error) {
    return err(
      'OAC_ERR_REF_UNRESOLVED',
      `spec ${source} has a $ref that cannot be resolved: ${firstLine(error)}`,
    );
  }
}
