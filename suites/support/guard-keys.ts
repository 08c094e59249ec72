import { describeCleanup } from '../../src/run/keys/describe-cleanup.ts';
import type { KeyTracker } from '../../src/run/keys/key-tracker.ts';
import { revokeRunKeys, type CleanupReport } from '../../src/run/keys/revoke-run-keys.ts';
import type { RunSession } from '../../src/run/types.ts';

export interface KeyGuard {
  /** Revokes every key the suite minted and not yet revoked; prints one line; stops guarding. */
  finish(): Promise<CleanupReport>;
}

/**
 * Every key a suite mints is revoked when it ends, whatever the checks found (call `finish` in afterAll), and
 * when the worker is interrupted (Ctrl-C, SIGTERM from vitest, or the CLI going away): the run's traffic is
 * halted first, so nothing is minted behind the clean-up, then the keys are revoked and the worker exits.
 */
export function guardKeys(session: RunSession, keys: KeyTracker): KeyGuard {
  let cleaning: Promise<CleanupReport> | undefined;
  const cleanUp = (): Promise<CleanupReport> => {
    cleaning ??= revokeRunKeys(session, keys).then((report) => {
      console.log(describeCleanup(report));
      return report;
    });
    return cleaning;
  };
  const handlers: [string, () => void][] = [];
  const stopGuarding = (): void => {
    for (const [event, handler] of handlers) process.off(event, handler);
  };
  // Vitest replaces process.exit in workers: the signal is raised again once no handler is left.
  const interrupted = (signal: NodeJS.Signals) => (): void => {
    keys.halt();
    void cleanUp().finally(() => {
      stopGuarding();
      process.kill(process.pid, signal);
    });
  };
  handlers.push(['SIGINT', interrupted('SIGINT')], ['SIGTERM', interrupted('SIGTERM')]);
  handlers.push(['disconnect', interrupted('SIGTERM')]);
  for (const [event, handler] of handlers) process.once(event, handler);
  return {
    finish() {
      stopGuarding();
      return cleanUp();
    },
  };
}
