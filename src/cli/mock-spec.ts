import type { MockOptions } from '../mock/types.ts';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The bundled mock serves the document under test when it is a local file (`CONTRACT_SPEC`), so that the
 * operations the suites find are the ones the mock implements (the Service Accounts family: create, list,
 * revoke, rotate); otherwise the pinned create-only document.
 */
export function mockOptionsFor(spec: string | undefined): MockOptions {
  return spec === undefined || URL_LIKE.test(spec) ? {} : { specPath: spec };
}
