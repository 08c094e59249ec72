// Bundled and run in a child process by memory.test.ts (`node probe.cjs URL...`): sends 8 concurrent
// requests to each URL with the run's default limits, then prints the process's peak RSS and the outcomes.
import { createHttpClient } from '../../src/http/create-http-client.ts';
import { makeCase } from '../http/helpers.ts';

const CONCURRENT = 8;
/** The run's default deadline; memory.test.ts shortens it for the trickle, which only ever ends at it. */
const TIMEOUT_MS = Number(process.env.PROBE_TIMEOUT_MS ?? 2000);

async function probe(urls: string[]): Promise<void> {
  const baseRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const outcomes: string[] = [];
  for (const url of urls) {
    const options = { baseUrl: url, token: 't', timeoutMs: TIMEOUT_MS, maxResponseBytes: 1024 * 1024 };
    const client = createHttpClient(options);
    const exchanges = await Promise.all(Array.from({ length: CONCURRENT }, () => client.send(makeCase())));
    await client.close();
    for (const { error, response } of exchanges)
      outcomes.push(error?.code ?? `${response?.status} ${response?.bodyBytes}`);
  }
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ maxRssMb, baseRssMb, outcomes }));
}

void probe(process.argv.slice(2));
