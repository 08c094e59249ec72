import { unwrap } from '../core/result.ts';
import { DEFAULT_LEDGER_DIR } from '../extensions/api-keys/keys/ledger-entry.ts';
import { readRunConfig, type RunConfig } from '../run/run-config.ts';
import { startMockFor } from './mock-spec.ts';

type Env = Record<string, string | undefined>;
type Print = (line: string) => void;

export interface Target {
  url: string;
  /** The run's settings for this target: the mock's credentials, unless given. */
  config: RunConfig;
  stop: () => Promise<void>;
}

/** CONTRACT_BASE_URL, or the bundled mock (serving CONTRACT_SPEC when it is a file) with its credentials. */
export async function targetFor(env: Env, print: Print): Promise<Target> {
  const given = unwrap(readRunConfig(env));
  if (given.baseUrl !== undefined) {
    // Keys minted on a server that outlives this process are written down, so they can be revoked later.
    const config = { ...given, ledgerDir: given.ledgerDir ?? DEFAULT_LEDGER_DIR };
    return { url: given.baseUrl, config, stop: () => Promise.resolve() };
  }
  const mock = unwrap(await startMockFor(given.spec, print));
  const { url, credentials } = mock;
  print(`target: bundled mock at ${url} (set CONTRACT_BASE_URL to test another server)`);
  const config = unwrap(
    readRunConfig({
      ...env,
      CONTRACT_SEED: String(given.seed),
      CONTRACT_RUN_ID: given.runId,
      CONTRACT_BASE_URL: url,
      CONTRACT_TOKEN: env.CONTRACT_TOKEN || credentials.token,
      CONTRACT_FORBIDDEN_TOKEN: env.CONTRACT_FORBIDDEN_TOKEN || credentials.readOnlyToken,
      CONTRACT_SERVICE_ACCOUNT_ID: env.CONTRACT_SERVICE_ACCOUNT_ID || credentials.serviceAccountId,
    }),
  );
  return { url, config: { ...config, disposableTarget: true }, stop: () => mock.close() };
}
