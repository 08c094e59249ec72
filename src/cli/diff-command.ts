import { diffSpecs } from '../diff/diff-specs.ts';
import { formatSpecDiff } from '../diff/format-spec-diff.ts';
import { startMockServer } from '../mock/start-mock-server.ts';
import { PINNED_SPEC } from '../run/pinned-spec.ts';
import { readRunConfig } from '../run/run-config.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/** Where a target serves its live document (the same place `contract run` looks). */
export const LIVE_DOCUMENT_PATH = '/api/v0/openapi.json';

export interface DiffOptions {
  /** Path or URL; default: the pinned fixture. */
  base?: string;
  /** Path or URL; default: the live document of CONTRACT_BASE_URL, or of the bundled mock. */
  head?: string;
  json: boolean;
}

type Print = (line: string) => void;

/** The head document's source, and how to stop the mock when one had to be started to serve it. */
async function headSource(
  given: string | undefined,
  baseUrl: string | undefined,
): Promise<{ source: string; stop: () => Promise<void> }> {
  const none = (): Promise<void> => Promise.resolve();
  if (given !== undefined) return { source: given, stop: none };
  if (baseUrl !== undefined) return { source: `${baseUrl}${LIVE_DOCUMENT_PATH}`, stop: none };
  const mock = await startMockServer();
  if (!mock.ok) throw mock.error;
  return { source: `${mock.value.url}${LIVE_DOCUMENT_PATH}`, stop: () => mock.value.close() };
}

/**
 * `contract diff`: what changed from the pinned document (base) to the live one (head), each change
 * classified for clients; exit 1 when any change breaks them, 2 when a document cannot be loaded.
 */
export async function diffCommand(
  options: DiffOptions,
  env: Record<string, string | undefined>,
  print: Print,
): Promise<ExitCode> {
  const config = readRunConfig(env);
  if (!config.ok) throw config.error;
  const { timeoutMs } = config.value;
  const head = await headSource(options.head, config.value.baseUrl);
  try {
    const before = await loadSpec(options.base ?? PINNED_SPEC, { timeoutMs });
    if (!before.ok) throw before.error;
    const after = await loadSpec(head.source, { timeoutMs });
    if (!after.ok) throw after.error;
    const diff = diffSpecs(before.value, after.value);
    print(options.json ? JSON.stringify(diff, null, 2) : formatSpecDiff(diff));
    return diff.breaking > 0 ? EXIT.violations : EXIT.ok;
  } finally {
    await head.stop();
  }
}
