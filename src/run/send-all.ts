import type { Exchange, HttpClient } from '../http/types.ts';
import type { RequestCase } from '../generate/types.ts';

/** Sends cases with at most `concurrency` in flight; exchanges keep the cases' order. */
export async function sendAll(
  client: HttpClient,
  cases: readonly RequestCase[],
  concurrency: number,
): Promise<Exchange[]> {
  const exchanges = new Array<Exchange>(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < cases.length; index = next++) {
      const requestCase = cases[index];
      if (requestCase !== undefined) exchanges[index] = await client.send(requestCase);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, cases.length)) }, worker));
  return exchanges;
}
