import { err, ok, type Result } from '../../core/result.ts';
import { isServerUrl } from './same-server.ts';

/** The run's safety settings (CONTRACT_MAX_CREATES, CONTRACT_RATE, production), part of RunConfig. */
export interface SafetyConfig {
  /** Most keys the run may mint, by create or rotate; undefined: unlimited. */
  maxCreates?: number;
  /** Requests per second across the whole run (retries and shrinking included); undefined: unlimited. */
  rate?: number;
  /** Run even against a production base URL (--allow-production). */
  allowProduction?: boolean;
  /** Base URLs (or hosts) that are production, besides the document's servers described as such. */
  productionUrls?: string[];
}

/** Against a shared target: a modest budget and a rate staging takes in its stride. Local ones: unlimited. */
export const SAFETY_DEFAULTS = { maxCreates: 200, rate: 20 } as const;

type Env = Record<string, string | undefined>;
const UNLIMITED = 'unlimited';

function maxCreates(raw: string | undefined, fallback: number | undefined): Result<number | undefined> {
  if (raw === undefined || raw.trim() === '') return ok(fallback);
  if (raw.trim() === UNLIMITED) return ok(undefined);
  const value = Number(raw);
  if (Number.isSafeInteger(value) && value >= 0) return ok(value);
  return err('OAC_ERR_USAGE', `CONTRACT_MAX_CREATES must be an integer >= 0 or "unlimited", got "${raw}"`);
}

function rate(raw: string | undefined, fallback: number | undefined): Result<number | undefined> {
  if (raw === undefined || raw.trim() === '') return ok(fallback);
  if (raw.trim() === UNLIMITED) return ok(undefined);
  const value = Number(raw);
  if (Number.isFinite(value) && value >= 0) return ok(value === 0 ? undefined : value);
  return err(
    'OAC_ERR_USAGE',
    `CONTRACT_RATE must be requests per second (a number >= 0, 0 or "unlimited": no limit), got "${raw}"`,
  );
}

function productionUrls(raw: string | undefined): Result<string[]> {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const wrong = entries.find((entry) => !isServerUrl(entry));
  if (wrong !== undefined)
    return err('OAC_ERR_USAGE', `CONTRACT_PRODUCTION_URLS must list http(s) URLs or hosts, got "${wrong}"`);
  return ok(entries);
}

/** The bundled mock (no base URL) or a loopback address: this machine, where nothing is shared. */
function isLocal(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined) return true;
  const host = new URL(baseUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Reads the safety variables. The budget and the rate default to unlimited against the bundled mock and
 * loopback addresses (a port-forward to staging must set them), to SAFETY_DEFAULTS elsewhere.
 */
export function readSafetyConfig(env: Env, baseUrl: string | undefined): Result<SafetyConfig> {
  const local = isLocal(baseUrl);
  const creates = maxCreates(env.CONTRACT_MAX_CREATES, local ? undefined : SAFETY_DEFAULTS.maxCreates);
  if (!creates.ok) return creates;
  const perSecond = rate(env.CONTRACT_RATE, local ? undefined : SAFETY_DEFAULTS.rate);
  if (!perSecond.ok) return perSecond;
  const urls = productionUrls(env.CONTRACT_PRODUCTION_URLS);
  if (!urls.ok) return urls;
  const allow = ['1', 'true', 'yes'].includes((env.CONTRACT_ALLOW_PRODUCTION ?? '').toLowerCase());
  return ok({
    maxCreates: creates.value,
    rate: perSecond.value,
    allowProduction: allow,
    productionUrls: urls.value,
  });
}
