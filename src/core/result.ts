import { ContractError, type ErrorCode } from './errors.ts';

/** Results as values: a tool error is returned, not thrown, across layer boundaries. */
export type Result<T, E = ContractError> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: new ContractError(code, message) };
}

/** Unwraps a result or throws its ContractError (for callers at the top that map errors to exit 2). */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}
