import { ok, type Result } from '../core/result.ts';
import type { ExtensionPhase } from './extension.ts';
import { openContract, type Contract, type ContractOptions } from './open-contract.ts';
import type { OperationPhase } from './operation-phases.ts';
import type { RunConfig } from './run-config.ts';
import type { RunResults } from './types.ts';

export interface RunContractOptions extends ContractOptions {
  /** Aborting stops the run at once: extensions halt, their clean-up runs, and the results come back. */
  signal?: AbortSignal;
}

/** Resolves when the run is interrupted, so a phase waiting on held requests does not keep the run. */
function whenAborted(signal: AbortSignal | undefined, contract: Contract): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return;
    const stop = (): void => {
      contract.stop();
      resolve();
    };
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

async function runPhases(
  contract: Contract,
  operationId: string,
  phases: readonly (OperationPhase | ExtensionPhase)[],
  aborted: Promise<void>,
): Promise<void> {
  for (const phase of phases) {
    if (contract.stopping()) return;
    await Promise.race([contract.runPhase(operationId, phase), aborted]);
  }
}

async function runOperations(contract: Contract, aborted: Promise<void>): Promise<void> {
  for (const operation of contract.operations) {
    if (contract.stopping()) return;
    const { operationId } = operation.operation;
    const planned = await contract.plan(operation);
    if (!planned.ok) {
      contract.emit({ type: 'message', text: `skipped ${planned.error.message}` });
      contract.session.recorder.note(`operation skipped: ${planned.error.message}`);
      continue;
    }
    await runPhases(contract, operationId, planned.value.phases, aborted);
    const findings = contract.session.recorder.findingCount(operationId);
    contract.emit({ type: 'operation-finished', operationId, findings });
  }
}

/**
 * The whole contract in this process, once: opens the session, tests each selected operation phase by phase,
 * runs the extensions' phases, cleans up, and returns the results, telling the sink as it goes. An error
 * before the first request (document, target, usage) comes back as an error; after it, tool errors are in
 * the results.
 */
export async function runContract(
  config: RunConfig,
  options: RunContractOptions,
): Promise<Result<RunResults>> {
  const opened = await openContract(config, options);
  if (!opened.ok) return opened;
  const contract = opened.value;
  const aborted = whenAborted(options.signal, contract);
  contract.start();
  await runOperations(contract, aborted);
  await runPhases(contract, 'extensions', contract.extensionPhases(), aborted);
  return ok(await contract.finish());
}
