import type { ThrottleEvent } from '../../http/throttle-client.ts';

/** Counts what the client did about 429 answers, for the run's notes. */
export interface ThrottleTally {
  onThrottle: (event: ThrottleEvent) => void;
  notes(): { message: string; count: number }[];
}

/** `maxWaitMs` is named in the note so a reader knows which setting bounded the wait. */
export function createThrottleTally(maxWaitMs: number): ThrottleTally {
  let retried = 0;
  let afterRetries = 0;
  let beyondWait = 0;
  return {
    onThrottle(event) {
      if (event.kind === 'retried') retried += 1;
      else if (event.reason === 'retries') afterRetries += 1;
      else beyondWait += 1;
    },
    notes() {
      const notes = [
        {
          count: retried,
          message: `rate: ${retried} answer(s) 429 Too Many Requests; waited as Retry-After asked (or backed off) and retried`,
        },
        {
          count: afterRetries,
          message: `rate: ${afterRetries} request(s) still answered 429 after every retry; the 429 was checked as the answer`,
        },
        {
          count: beyondWait,
          message: `rate: ${beyondWait} request(s) answered 429 asking a wait beyond ${maxWaitMs} ms (CONTRACT_TIMEOUT_MS); the 429 was checked as the answer`,
        },
      ];
      return notes.filter((note) => note.count > 0);
    },
  };
}
