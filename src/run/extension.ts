import type { Check } from '../check/types.ts';
import type { HttpClient } from '../http/types.ts';
import type { CompiledOperation, CompiledSpec } from '../schema/types.ts';
import type { RunConfig } from './run-config.ts';
import type { CaseOutcome, RunSession } from './types.ts';

/** A check an extension judges inside its own phases (not on every exchange): listed, disabled, reported. */
export interface NamedCheck {
  name: string;
  severity: Check['severity'];
  origin: Check['origin'];
  description: string;
}

/** A step of the run after the operations' own phases (e.g. a key's life cycle). */
export interface ExtensionPhase {
  name: string;
  title: string;
  /** Set when the phase cannot run here, with why (the document lacks what it needs). */
  skipped?: string;
  run(): Promise<CaseOutcome[]>;
}

/** What an extension sees when the session opens. */
export interface ExtensionSetup {
  config: RunConfig;
  baseUrl: string;
  compiled: CompiledSpec;
}

/**
 * Domain knowledge plugged into the engine, as ajv keywords or Schemathesis checks are: checks of its own,
 * a wrapper around the run's client (to track what the run creates), phases of its own, and a clean-up that
 * runs at the end of every run, on failure and on interrupt too. The engine knows nothing else of it.
 */
export interface ContractExtension {
  name: string;
  /** Whether it has anything to do with this document; default yes. One that does not is left out whole. */
  applies?(compiled: CompiledSpec, secretFields: readonly string[]): boolean;
  /** Run on every exchange, like the built-in checks. */
  checks?: readonly Check[];
  /** Judged inside the extension's phases; their verdicts are recorded with `recordExtensionVerdicts`. */
  namedChecks?: readonly NamedCheck[];
  /** Called once when the session opens, before any request: the client every request goes through. */
  wrapClient?(client: HttpClient, setup: ExtensionSetup): HttpClient;
  /** Whether the run's forbidden credential (authenticated, without permission) must get 403 here. */
  expectsForbidden?(
    operation: CompiledOperation,
    context: { compiled: CompiledSpec; config: RunConfig },
  ): boolean;
  phases?(session: RunSession): ExtensionPhase[];
  /** Stops the extension's traffic at once (an interrupt): only its clean-up may still go out. */
  halt?(): void;
  /** Idempotent clean-up; one line each for the console (already free of secrets). */
  finish?(session: RunSession): Promise<string[]>;
}
