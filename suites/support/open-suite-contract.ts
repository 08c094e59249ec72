import { targetFor } from '../../src/cli/contract-target.ts';
import { consoleSink } from '../../src/cli/console-sink.ts';
import { credentialRedactor } from '../../src/cli/credential-redactor.ts';
import { unwrap } from '../../src/core/result.ts';
import { defaultExtensions } from '../../src/extensions/default-extensions.ts';
import { formatFindingGroup } from '../../src/report/format-finding-group.ts';
import { formatRunSummary } from '../../src/report/format-run-summary.ts';
import type { ExtensionPhase, NamedCheck } from '../../src/run/extension.ts';
import { openContract, type Contract } from '../../src/run/open-contract.ts';
import type { OperationPhase, PlannedOperation } from '../../src/run/operation-phases.ts';
import type { FindingGroup } from '../../src/run/types.ts';

export interface SuiteOperation {
  operationId: string;
  title: string;
  /** The phases, or why the operation cannot be planned. */
  planned: { ok: true; value: PlannedOperation } | { ok: false; why: string };
}

/** The vitest face of the engine: the same contract, one `it` per phase and one per check. */
export interface SuiteContract {
  contract: Contract;
  operations: SuiteOperation[];
  extensionPhases: ExtensionPhase[];
  /** Every check of the registry, and the extensions' own. */
  checks: NamedCheck[];
  /** Runs a phase; throws (failing its test) when the run met a tool error. */
  runPhase(operationId: string, phase: OperationPhase | ExtensionPhase): Promise<void>;
  /** Throws a readable, redacted explanation of every distinct problem matching `where`. */
  assertNone(where: (group: FindingGroup) => boolean): void;
  finish(): Promise<void>;
}

function guardInterrupts(contract: Contract, finish: () => Promise<void>): () => void {
  // Vitest replaces process.exit in workers: the signal is raised again once the clean-up is done.
  const interrupted = (signal: NodeJS.Signals) => (): void => {
    contract.stop();
    void finish().finally(() => process.kill(process.pid, signal));
  };
  const handlers: [string, () => void][] = [
    ['SIGINT', interrupted('SIGINT')],
    ['SIGTERM', interrupted('SIGTERM')],
    ['disconnect', interrupted('SIGTERM')],
  ];
  for (const [event, handler] of handlers) process.once(event, handler);
  return () => handlers.forEach(([event, handler]) => process.off(event, handler));
}

/**
 * Opens the contract for vitest from CONTRACT_* variables (the user's settings: this is a front end), against
 * CONTRACT_BASE_URL or the bundled mock, with the same engine, extensions and phases as `contract run`.
 */
export async function openSuiteContract(env = process.env): Promise<SuiteContract> {
  const target = await targetFor(env, console.log);
  const redactor = credentialRedactor(target.config);
  const sink = consoleSink((line) => console.log(redactor.redact(line)));
  const contract = unwrap(
    await openContract(target.config, { baseUrl: target.url, extensions: defaultExtensions(), sink }),
  );
  contract.start();
  const { session } = contract;
  const operations: SuiteOperation[] = [];
  // One after the other: planning may create a resource for the operation (issue 9 item 3).
  for (const operation of contract.operations) {
    const { operationId, method, path } = operation.operation;
    const planned = await contract.plan(operation);
    operations.push({
      operationId,
      title: `${operationId}: ${method.toUpperCase()} ${path}`,
      planned: planned.ok ? planned : { ok: false, why: planned.error.message },
    });
  }
  let finished: Promise<void> | undefined;
  const finish = (): Promise<void> => {
    finished ??= contract.finish().then(async (results) => {
      console.log(formatRunSummary(redactor.redactValue(results)));
      await target.stop();
    });
    return finished;
  };
  const release = guardInterrupts(contract, finish);
  return {
    contract,
    operations,
    extensionPhases: contract.extensionPhases(),
    checks: [...session.checks, ...session.extensions.flatMap((extension) => extension.namedChecks ?? [])],
    async runPhase(operationId, phase) {
      await contract.runPhase(operationId, phase);
      const errors = session.recorder.results(session).toolErrors;
      if (errors.length > 0) throw new Error(errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
    },
    assertNone(where) {
      const groups = session.recorder.results(session).findings.filter(where);
      if (groups.length > 0) throw new Error(`\n${groups.map(formatFindingGroup).join('\n\n')}\n`);
    },
    async finish() {
      release();
      await finish();
    },
  };
}
