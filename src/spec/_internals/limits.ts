/** Documents larger than this are refused: a real OpenAPI document is far smaller. */
export const MAX_SPEC_BYTES = 20 * 1024 * 1024;

export const DEFAULT_SPEC_TIMEOUT_MS = 15_000;
