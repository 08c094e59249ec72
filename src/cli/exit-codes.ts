/** The process exit codes, as documented in README.md. */
export const EXIT = {
  /** Conformant: no violation (document warnings allowed unless --strict). */
  ok: 0,
  /** At least one violation by the server (or a document warning under --strict). */
  violations: 1,
  /** Usage, spec, or connection error: the run could not judge the server. */
  error: 2,
  /** Interrupted by Ctrl-C (after cleaning up what the run created). */
  interrupted: 130,
  /** Stopped by SIGTERM (after cleaning up what the run created). */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
