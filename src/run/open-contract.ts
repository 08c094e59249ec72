import { ContractError } from '../core/errors.ts';
import { securitySummary } from '../generate/security-summary.ts';
import { notFoundHint } from '../spec/not-found-hint.ts';
import { ok, type Result } from '../core/result.ts';
import type { CompiledOperation } from '../schema/types.ts';
import type { ContractEvent, EventSink } from './events.ts';
import type { ContractExtension, ExtensionPhase } from './extension.ts';
import { openSession } from './open-session.ts';
import { operationPhases, type OperationPhase, type PlannedOperation } from './operation-phases.ts';
import { planWithResources } from './resources/plan-with-resources.ts';
import type { RunConfig } from './run-config.ts';
import { selectOperations } from './select-operations.ts';
import { takeShard } from './take-shard.ts';
import type { CaseOutcome, RunRecorder, RunResults, RunSession } from './types.ts';

/** An open contract run: the session, what it will test, and the one way each step is run and reported. */
export interface Contract {
  session: RunSession;
  /** This shard's selected operations, in document order. */
  operations: readonly CompiledOperation[];
  /** The operation's plan and phases, or why it cannot be planned (it is skipped; the others run). */
  plan(operation: CompiledOperation): Promise<Result<PlannedOperation>>;
  /** The extensions' own phases (the key life cycle), run after every operation. */
  extensionPhases(): ExtensionPhase[];
  /** Runs one phase (unless the run is stopping); its tool errors stop the rest of the run. */
  runPhase(operationId: string, phase: OperationPhase | ExtensionPhase): Promise<CaseOutcome[]>;
  /** Sends the event to the consumer, redacted. */
  emit(event: ContractEvent): void;
  /** Tells the consumer what the run is about to test (the `run-started` event). */
  start(): void;
  /** True once the run was interrupted or met a tool error: nothing more is sent but the clean-up. */
  stopping(): boolean;
  /** Stops the run: interrupt. Extensions halt their traffic at once. */
  stop(): void;
  /** Clean-up of every extension (idempotent), then the results; closes the session. */
  finish(): Promise<RunResults>;
}

export interface ContractOptions {
  baseUrl: string;
  extensions?: readonly ContractExtension[];
  sink?: EventSink;
}

/** Answers and 404s: when nearly every answer is 404, the base URL or the document is probably wrong. */
interface Answered {
  answers: number;
  notFound: number;
  /** One request URL that got a 404, to show where requests went. */
  example?: string;
}

/** The recorder, also telling the sink of each case as it is recorded (streaming, not at phase end). */
function observed(recorder: RunRecorder, emit: EventSink, answered: Answered): RunRecorder {
  return {
    ...recorder,
    record(outcome) {
      recorder.record(outcome);
      const status = outcome.exchange.response?.status;
      if (status !== undefined) answered.answers += 1;
      if (status === 404) {
        answered.notFound += 1;
        answered.example ??= `${outcome.exchange.request.method} ${outcome.exchange.request.url}`;
      }
      emit({
        type: 'case-finished',
        operationId: outcome.case.operationId,
        phase: outcome.case.phase,
        caseId: outcome.case.id,
        status: outcome.exchange.response?.status,
        failed: outcome.failures.map((failure) => failure.check),
        durationMs: outcome.exchange.durationMs,
      });
    },
  };
}

function chosenOperations(session: RunSession): Result<CompiledOperation[]> {
  const selected = selectOperations(session.compiled, session.config);
  return selected.ok ? ok(takeShard(selected.value, session.config.shard)) : selected;
}

/** Extension phases (they span operations) run once: not when one operation is asked for, in shard 1 only. */
function runsExtensionPhases(config: RunConfig): boolean {
  return config.operation === undefined && (config.shard === undefined || config.shard.index === 1);
}

/**
 * Opens a contract run: loads and compiles the document, reaches the target, selects this shard's
 * operations, and wires the extensions. Errors here (spec, target, usage) are tool errors: nothing was sent.
 */
export async function openContract(config: RunConfig, options: ContractOptions): Promise<Result<Contract>> {
  const opened = await openSession(config, options.baseUrl, options.extensions ?? []);
  if (!opened.ok) return opened;
  const session = opened.value;
  const operations = chosenOperations(session);
  if (!operations.ok) {
    await session.close();
    return operations;
  }
  const sink = options.sink ?? (() => undefined);
  const emit = (event: ContractEvent): void =>
    sink(event.type === 'case-finished' ? event : session.memory.redactor.redactValue(event));
  const answered: Answered = { answers: 0, notFound: 0 };
  session.recorder = observed(session.recorder, emit, answered);
  return ok(contractOver(session, operations.value, emit, answered));
}

function contractOver(
  session: RunSession,
  operations: CompiledOperation[],
  emit: EventSink,
  answered: Answered,
): Contract {
  let interrupted = false;
  let finishing: Promise<RunResults> | undefined;
  const stopping = (): boolean => interrupted || session.recorder.hasToolErrors();
  return {
    session,
    operations,
    async plan(operation) {
      // Issue 9 item 3: planned against resources the run creates for it (src/run/resources).
      const planned = await planWithResources(session, operation);
      if (!planned.ok) return planned;
      const { session: running, ...rest } = planned.value;
      return ok({ ...rest, phases: operationPhases(running, rest) });
    },
    extensionPhases: () =>
      runsExtensionPhases(session.config)
        ? session.extensions.flatMap((ext) => ext.phases?.(session) ?? [])
        : [],
    runPhase: (operationId, phase) => runPhase(session, { operationId, phase, stopping, emit }),
    emit,
    start() {
      emit(startedEvent(session, operations));
      for (const text of startNotes(session)) {
        emit({ type: 'message', text });
        session.recorder.note(text);
      }
    },
    stopping,
    stop() {
      interrupted = true;
      for (const extension of session.extensions) extension.halt?.();
    },
    finish() {
      finishing ??= finish(session, emit, answered);
      return finishing;
    },
  };
}

function startedEvent(session: RunSession, operations: readonly CompiledOperation[]): ContractEvent {
  const { spec } = session.compiled;
  return {
    type: 'run-started',
    target: session.baseUrl,
    spec: { ...session.specChoice, hash: spec.hash },
    seed: session.config.seed,
    runs: session.config.runs,
    operations: operations.map(({ operation }) => ({
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      path: operation.path,
    })),
    documentFindings: session.compiled.findings,
    security: securitySummary(
      operations.map(({ operation }) => operation),
      session.availability,
    ),
  };
}

/** What a person must know before the results: the server path used, operations the document lets down. */
function startNotes(session: RunSession): string[] {
  const path = session.serverPath;
  const where =
    path === '' ? [] : [`requests go to ${session.baseUrl} (server path ${path} from the document)`];
  const skipped = session.compiled.spec.skippedOperations.map(
    (operation) =>
      `operation skipped: ${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}): ${operation.reason}`,
  );
  return [...where, ...skipped];
}

interface PhaseRun {
  operationId: string;
  phase: OperationPhase | ExtensionPhase;
  stopping: () => boolean;
  emit: EventSink;
}

/** A phase that throws is a bug of this tool: recorded as a tool error, never as a pass. */
async function runPhase(session: RunSession, run: PhaseRun): Promise<CaseOutcome[]> {
  const { phase, operationId } = run;
  if (phase.skipped !== undefined || run.stopping()) return [];
  let outcomes: CaseOutcome[] = [];
  try {
    outcomes = await phase.run();
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    session.recorder.toolError(
      error instanceof ContractError
        ? error
        : new ContractError('OAC_ERR_INTERNAL', `${operationId} ${phase.name}: ${why}`),
    );
  }
  run.emit({ type: 'phase-finished', operationId, phase: phase.name });
  return outcomes;
}

async function finish(session: RunSession, emit: EventSink, answered: Answered): Promise<RunResults> {
  const hint = notFoundHint({
    answers: answered.answers,
    notFound: answered.notFound,
    url: answered.example ?? session.baseUrl,
    pinnedDocument: session.specChoice.chosen === 'fixture',
  });
  if (hint !== undefined) {
    emit({ type: 'message', text: `WARNING: ${hint}` });
    session.recorder.note(hint);
  }
  for (const extension of session.extensions) {
    try {
      for (const text of (await extension.finish?.(session)) ?? []) emit({ type: 'message', text });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      session.recorder.toolError(new ContractError('OAC_ERR_INTERNAL', `${extension.name} clean-up: ${why}`));
    }
  }
  const results = session.recorder.results(session);
  emit({ type: 'run-finished', results });
  await session.close();
  return results;
}
