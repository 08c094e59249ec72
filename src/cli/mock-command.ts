import { formatMockBanner } from '../mock/format-mock-banner.ts';
import { startMockServer } from '../mock/start-mock-server.ts';

/** `contract mock`: the bundled mock alone, until Ctrl-C. */
export async function mockCommand(port: number | undefined, print: (line: string) => void): Promise<never> {
  const mock = await startMockServer(port === undefined ? {} : { port });
  if (!mock.ok) throw mock.error;
  print(formatMockBanner(mock.value));
  return new Promise<never>(() => {
    const stop = (): void => void mock.value.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
