import { findMintedObjects } from '../../../check/_internals/find-minted-objects.ts';
import { getAtPointer } from '../../../core/json-pointer.ts';
import type { RequestCase } from '../../../generate/types.ts';
import { exactJson } from '../../../http/exact-json.ts';
import type { Exchange } from '../../../http/types.ts';
import { keyIdOf } from './listed-items.ts';
import { openLedger } from './append-ledger.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/** A key this run minted (by create or rotate), found by id in a 2xx answer. */
export interface TrackedKey {
  id: string;
  name?: string;
  /** The path parameters of the minting request: the account the key belongs to. */
  pathParams: Record<string, string>;
  mintedAt: number;
  revoked: boolean;
}

/** Every key a run mints, in memory and in the ledger file, so that all of them can be revoked. */
export interface KeyTracker {
  readonly runId: string;
  /** Before a request goes out: its unique names go to the ledger, in case the answer never comes back. */
  sending(requestCase: RequestCase): void;
  observe(exchange: Exchange): void;
  markRevoked(id: string): void;
  /** Minted and not yet revoked, in minting order. */
  active(): TrackedKey[];
  /** Every key minted so far. */
  minted(): readonly TrackedKey[];
  /** Stops the run's traffic: set by an interrupt. */
  halt(): void;
  halted(): boolean;
  /** Ledger write problems, one line each (the run goes on: the in-memory list still revokes the keys). */
  problems(): readonly string[];
  /** Requests carrying a unique name that got no answer: each may have minted a key nobody saw. */
  unanswered(): number;
  /** Lets the ledger file go (at the end of the run); a later write opens it again. */
  close(): void;
}

export interface KeyTrackerOptions {
  runId: string;
  baseUrl: string;
  secretFields: readonly string[];
  /** Undefined: no ledger file (keys are still tracked in memory). */
  ledgerDir?: string;
}

function keysIn(exchange: Exchange, secretFields: readonly string[]): { id: string; name?: string }[] {
  const { response } = exchange;
  if (response === undefined || response.status < 200 || response.status > 299) return [];
  // The exact digits of an integer id past 2^53 (exactJson): a rounded id would revoke nothing, or another key.
  return findMintedObjects(exactJson(response), secretFields).flatMap(({ object }) => {
    const id = keyIdOf(object['id']);
    const { name } = object;
    if (id === undefined) return [];
    return [typeof name === 'string' ? { id, name } : { id }];
  });
}

/** The unique names a request carries (the fields a run tags): how its key is found without its id. */
function namesIn(requestCase: RequestCase): string[] {
  if (requestCase.body.kind !== 'json') return [];
  const body = requestCase.body.value;
  return requestCase.uniqueFields.flatMap((pointer) => {
    const name = getAtPointer(body, pointer);
    return typeof name === 'string' ? [name] : [];
  });
}

export function createKeyTracker(options: KeyTrackerOptions): KeyTracker {
  const { runId, baseUrl, ledgerDir } = options;
  const keys = new Map<string, TrackedKey>();
  const problems: string[] = [];
  let halted = false;
  let unanswered = 0;
  const ledger = ledgerDir === undefined ? undefined : openLedger(ledgerDir, runId);
  const write = (entry: LedgerEntry): void => {
    if (ledger === undefined) return;
    const written = ledger.append(entry);
    if (!written.ok && problems.length === 0) problems.push(written.error.oneLine());
  };
  return {
    runId,
    sending(requestCase) {
      const names = namesIn(requestCase);
      if (names.length > 0)
        write({
          event: 'sending',
          runId,
          baseUrl,
          names,
          pathParams: requestCase.pathParams,
          at: Date.now(),
        });
    },
    observe(exchange) {
      if (exchange.response === undefined && namesIn(exchange.case).length > 0) unanswered += 1;
      for (const { id, name } of keysIn(exchange, options.secretFields)) {
        if (keys.has(id)) continue;
        const key = {
          id,
          name,
          pathParams: { ...exchange.case.pathParams },
          mintedAt: Date.now(),
          revoked: false,
        };
        keys.set(id, key);
        write({ event: 'minted', runId, baseUrl, id, name, pathParams: key.pathParams, at: key.mintedAt });
      }
    },
    markRevoked(id) {
      const key = keys.get(id);
      if (key === undefined || key.revoked) return;
      key.revoked = true;
      write({ event: 'revoked', runId, baseUrl, id, at: Date.now() });
    },
    active: () => [...keys.values()].filter((key) => !key.revoked),
    minted: () => [...keys.values()],
    halt: () => void (halted = true),
    halted: () => halted,
    problems: () => problems,
    unanswered: () => unanswered,
    close: () => ledger?.close(),
  };
}
