import { formatMockBanner } from '../mock/format-mock-banner.ts';
import { startMockServer } from '../mock/start-mock-server.ts';
import { mockCommandOptions } from './mock-spec.ts';

/**
 * `contract mock [--port N] [--spec FILE]`: the bundled mock alone, until Ctrl-C, serving the document given
 * (`--spec` / CONTRACT_SPEC), by default the whole Service Accounts family (create, list, revoke, rotate).
 */
export async function mockCommand(
  port: number | undefined,
  env: Record<string, string | undefined>,
  print: (line: string) => void,
): Promise<never> {
  const options = mockCommandOptions(env.CONTRACT_SPEC);
  if (!options.ok) throw options.error;
  const mock = await startMockServer(port === undefined ? options.value : { ...options.value, port });
  if (!mock.ok) throw mock.error;
  print(formatMockBanner(mock.value));
  return new Promise<never>(() => {
    const stop = (): void => void mock.value.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
