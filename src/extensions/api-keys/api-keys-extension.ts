import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractExtension, ExtensionPhase } from '../../run/extension.ts';
import { newRunId } from '../../run/run-marker/run-id.ts';
import type { RunSession } from '../../run/types.ts';
import type { RunConfig } from '../../run/run-config.ts';
import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';
import { fingerprintIsDisplaySuffix } from './checks/fingerprint-is-display-suffix.ts';
import { mintedKeyEchoesRequest } from './checks/minted-key-echoes-request.ts';
import { mintedValuesUnique } from './checks/minted-values-unique.ts';
import { describeCleanup } from './keys/describe-cleanup.ts';
import { findKeyOperations } from './keys/find-key-operations.ts';
import { createKeyTracker, type KeyTracker } from './keys/key-tracker.ts';
import { ledgerFileName } from './keys/ledger-entry.ts';
import { revokeRunKeys } from './keys/revoke-run-keys.ts';
import { trackMintedKeys, type TrackingClient } from './keys/track-minted-keys.ts';
import { LIFECYCLE_CHECK_LIST } from './lifecycle/lifecycle-checks.ts';
import { lifecycleOperations } from './lifecycle/lifecycle-operations.ts';
import { runKeyLifecycle } from './lifecycle/run-key-lifecycle.ts';
import { createRefusalWatch, refusedMintsPhase, type RefusalWatch } from './refused-mints.ts';

export const LIFECYCLE_PHASE = 'key-lifecycle';

/** The key's whole life as one phase; skipped, with why, when the document lacks list or revoke. */
function lifecyclePhase(session: RunSession, keys: KeyTracker): ExtensionPhase {
  const support = lifecycleOperations(session.compiled, session.checkOptions.secretFields);
  const title = 'key life cycle: create -> list -> use -> rotate -> revoke twice -> stops';
  if (!support.ok)
    return { name: LIFECYCLE_PHASE, title, skipped: support.why, run: () => Promise.resolve([]) };
  return {
    name: LIFECYCLE_PHASE,
    title,
    async run() {
      const summary = await runKeyLifecycle(session, keys, support.ops);
      if (!summary.ok) throw summary.error;
      return [];
    },
  };
}

/** The client, telling the watch of every answer (after the key tracker saw it). */
function watchRefusals(client: TrackingClient, watch: RefusalWatch): TrackingClient {
  return {
    ...client,
    async send(requestCase) {
      const exchange = await client.send(requestCase);
      watch.observe(exchange);
      return exchange;
    },
  };
}

/** A run that minted nothing left, and lost no answer, needs no ledger: it would only be a leftover. */
function dropSettledLedger(session: RunSession, keys: KeyTracker): void {
  const dir = session.config.ledgerDir;
  if (dir === undefined || keys.active().length > 0 || keys.unanswered() > 0) return;
  rmSync(join(dir, ledgerFileName(keys.runId)), { force: true });
}

/** Whether an operation mints keys (create, rotate) or ends them (revoke): a read-only credential must get 403. */
function needsWritePermission(
  operation: CompiledOperation,
  { compiled, config }: { compiled: CompiledSpec; config: RunConfig },
): boolean {
  const ops = findKeyOperations(compiled, config.secretFields);
  const writes = [ops?.create, ops?.rotate, ops?.revoke].flatMap((op) =>
    op ? [op.operation.operationId] : [],
  );
  return writes.includes(operation.operation.operationId);
}

/**
 * The API-key domain: checks on minted keys, a tracker that records (and ledgers) every key the run mints,
 * the key life cycle as a phase, and the clean-up that revokes what the run minted, at its end and on
 * interrupt. It applies to documents with an operation that mints a key (a 2xx answer with a secret field).
 */
export function apiKeysExtension(): ContractExtension & { tracker(): KeyTracker | undefined } {
  let keys: KeyTracker | undefined;
  let tracking: TrackingClient | undefined;
  let refusals: RefusalWatch | undefined;
  let cleaning: Promise<string[]> | undefined;
  return {
    name: 'api-keys',
    /** The run's key tracker, once the session is open (for tests and the life cycle). */
    tracker: () => keys,
    applies: (compiled, secretFields) => findKeyOperations(compiled, secretFields) !== undefined,
    checks: [mintedKeyEchoesRequest, fingerprintIsDisplaySuffix, mintedValuesUnique],
    namedChecks: LIFECYCLE_CHECK_LIST,
    wrapClient(client, { config, baseUrl, compiled }) {
      const runId = config.runId ?? newRunId();
      keys = createKeyTracker({
        runId,
        baseUrl,
        secretFields: config.secretFields,
        ledgerDir: config.ledgerDir,
      });
      const create = findKeyOperations(compiled, config.secretFields)?.create.operation.operationId ?? '';
      refusals = createRefusalWatch(create);
      tracking = trackMintedKeys(client, keys);
      return watchRefusals(tracking, refusals);
    },
    expectsForbidden: needsWritePermission,
    phases: (session) =>
      keys === undefined || refusals === undefined
        ? []
        : [
            lifecyclePhase(session, keys),
            refusedMintsPhase(
              session,
              refusals,
              findKeyOperations(session.compiled, session.checkOptions.secretFields)?.list,
            ),
          ],
    halt: () => keys?.halt(),
    finish(session) {
      const tracker = keys;
      // The bundled mock forgets its keys when it stops: revoking them would only slow the run down.
      if (tracker === undefined || session.config.disposableTarget === true) {
        tracker?.close();
        return Promise.resolve([]);
      }
      // Keys minted by requests under way when the run stopped are revoked too: wait for their answers first.
      const settled = tracking?.settled() ?? Promise.resolve();
      cleaning ??= settled
        .then(() => revokeRunKeys(session, tracker))
        .then((report) => {
          tracker.close();
          dropSettledLedger(session, tracker);
          return report.minted === 0 && report.problems.length === 0 ? [] : [describeCleanup(report)];
        });
      return cleaning;
    },
  };
}
