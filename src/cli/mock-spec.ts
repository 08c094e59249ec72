import { err, ok, type Result } from '../core/result.ts';
import { MOCK_DEFAULTS } from '../mock/defaults.ts';
import { startMockServer } from '../mock/start-mock-server.ts';
import type { MockOptions, MockServer } from '../mock/types.ts';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The bundled mock serves the document under test when it is a local file (`CONTRACT_SPEC`), so that the
 * operations the suites find are the ones the mock implements (with the Service Accounts family: create,
 * list, revoke, rotate); otherwise the pinned create-only document.
 */
export function mockOptionsFor(spec: string | undefined): MockOptions {
  return spec === undefined || URL_LIKE.test(spec) ? {} : { specPath: spec };
}

/**
 * `contract mock`: the document given, a local file, or else the whole Service Accounts family, so that a
 * user can try the key's life cycle (list, revoke, rotate) and not only create.
 */
export function mockCommandOptions(spec: string | undefined): Result<MockOptions> {
  if (spec === undefined || spec === '') return ok({ specPath: MOCK_DEFAULTS.familySpecPath });
  if (URL_LIKE.test(spec))
    return err('OAC_ERR_USAGE', `contract mock serves a local document; --spec ${spec} is a URL`);
  return ok({ specPath: spec });
}

/**
 * Starts the mock for the document under test; when the mock implements none of that document's operations,
 * it says so and serves the pinned document instead (the run then reports what the document asks).
 */
export async function startMockFor(
  spec: string | undefined,
  print: (line: string) => void,
): Promise<Result<MockServer>> {
  const options = mockOptionsFor(spec);
  const started = await startMockServer(options);
  if (started.ok || options.specPath === undefined) return started;
  print(`mock: cannot serve ${options.specPath} (${started.error.oneLine()}); serving the pinned document`);
  return startMockServer();
}
