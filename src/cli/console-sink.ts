import { formatDocumentFindings } from '../report/format-document-findings.ts';
import { formatSecuritySummary } from '../report/format-security-summary.ts';
import type { ContractEvent, EventSink } from '../run/events.ts';

const PROGRESS_EVERY_MS = 5000;

const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f);

/** Control characters (a hostile server's answer quoted in a message) shown escaped, never executed. */
export function printable(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    shown += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return shown;
}

function startLines(event: Extract<ContractEvent, { type: 'run-started' }>): string[] {
  const { spec, seed, operations } = event;
  const ids = operations.map((operation) => operation.operationId);
  const shown = ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');
  return [
    `spec: ${spec.source} (${spec.chosen}: ${spec.why}), sha256 ${spec.hash.slice(0, 12)}`,
    `seed: ${seed} (set CONTRACT_SEED=${seed} to replay this run)`,
    `operations: ${ids.length === 0 ? 'none selected' : shown}`,
    ...formatSecuritySummary(event.security),
    formatDocumentFindings(event.documentFindings),
  ].filter((line) => line !== '');
}

/**
 * The console's view of a run: what is tested, a progress line on runs longer than a few seconds, and the
 * engine's messages (skipped operations, clean-up). The summary comes from the results at the end.
 */
export function consoleSink(print: (line: string) => void, now: () => number = Date.now): EventSink {
  let cases = 0;
  let failing = 0;
  let lastProgress = now();
  return (event) => {
    switch (event.type) {
      case 'run-started':
        for (const line of startLines(event)) print(printable(line));
        return;
      case 'case-finished':
        cases += 1;
        if (event.failed.length > 0) failing += 1;
        if (now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now();
        print(
          `... ${cases} cases sent, ${failing} with a failed check (now: ${event.operationId} ${event.phase})`,
        );
        return;
      case 'message':
        print(printable(event.text));
        return;
      default:
        return;
    }
  };
}
