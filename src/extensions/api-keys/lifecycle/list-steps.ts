import type { CheckResult } from '../../../check/types.ts';
import type { Exchange } from '../../../http/types.ts';
import { listedItems } from '../keys/listed-items.ts';
import { listedRevocation } from '../keys/listed-revocation.ts';
import { schemaPropertyNames } from '../../../schema/schema-property-names.ts';
import type { CaseOutcome } from '../../../run/types.ts';
import { fail, pass, skip, type Verdict } from './judge.ts';
import { LIFECYCLE_CHECKS as C, type LifecycleCheck } from './lifecycle-checks.ts';
import { stepCase, type LifecycleContext } from './lifecycle-context.ts';
import type { MintedKey } from './minted-key.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import { revokedAtKeptVerdict, revokedAtName, revokedAtVerdict, type RevokeWindow } from './revoked-at.ts';
import { sendStep } from './send-step.ts';

type Item = Record<string, unknown>;

function itemOf(exchange: Exchange, id: string): Item | undefined {
  const json = exchange.response?.json;
  return json?.ok === true ? listedItems(json.value).find((item) => item['id'] === id) : undefined;
}

/** Properties the list's answer declares anywhere: a created property it does not declare is not compared. */
function declared(ctx: LifecycleContext, exchange: Exchange): Set<string> {
  const status = exchange.response?.status ?? 200;
  const media = ctx.ops.list.responseFor(status)?.media ?? [];
  return new Set(media.flatMap((m) => (m.schema ? [...schemaPropertyNames(m.schema).declared] : [])));
}

function differences(ctx: LifecycleContext, exchange: Exchange, key: MintedKey, item: Item): string[] {
  const secret = new Set(ctx.session.checkOptions.secretFields);
  const names = declared(ctx, exchange);
  return Object.entries(key.object).flatMap(([name, created]) => {
    if (secret.has(name) || (!(name in item) && !names.has(name))) return [];
    if (JSON.stringify(item[name]) === JSON.stringify(created)) return [];
    return [
      `${name}: created ${JSON.stringify(created)}, listed ${name in item ? JSON.stringify(item[name]) : '(absent)'}`,
    ];
  });
}

function listedAsCreated(ctx: LifecycleContext, outcome: CaseOutcome, key: MintedKey): CheckResult {
  const { exchange } = outcome;
  const item = itemOf(exchange, key.id);
  if (exchange.response?.json?.ok !== true) return skip(C.listedAsCreated, 'the list did not answer JSON');
  const problems =
    item === undefined
      ? [`no listed key has id ${JSON.stringify(key.id)}`]
      : differences(ctx, exchange, key, item);
  if (problems.length === 0) return pass(C.listedAsCreated);
  const groupKey = item === undefined ? 'missing' : problems.map((p) => p.split(':')[0]).join(',');
  return fail(ctx.session, C.listedAsCreated, exchange, {
    message: `the created key is not listed as created: ${problems.join('; ')}`,
    expected: 'the key listed with the id, name, fingerprint and expiry it was created with',
    actual: problems.join('; '),
    groupKey,
  });
}

function listedWithoutValue(ctx: LifecycleContext, outcome: CaseOutcome): CheckResult {
  const { exchange } = outcome;
  const text = exchange.response?.bodyText ?? '';
  const { secretFields } = ctx.session.checkOptions;
  const json = exchange.response?.json;
  const items = json?.ok === true ? listedItems(json.value) : [];
  const leakedField = secretFields.find((field) => items.some((item) => typeof item[field] === 'string'));
  const leakedValue = [...ctx.session.memory.mintedValues.keys()].some((value) => text.includes(value));
  if (!leakedField && !leakedValue) return pass(C.listedWithoutValue);
  const actual = leakedValue
    ? 'a minted key value is in the list'
    : `listed keys carry \`${leakedField ?? ''}\``;
  return fail(ctx.session, C.listedWithoutValue, exchange, {
    message: `the list shows key values: ${actual}`,
    expected: 'no key value in the list (values are shown only once, at creation)',
    actual,
    groupKey: leakedValue ? 'value' : `field:${leakedField ?? ''}`,
  });
}

async function list(ctx: LifecycleContext, title: string): Promise<CaseOutcome> {
  return sendStep(ctx.session, stepCase(ctx, ctx.ops.list, { title }));
}

/** Lists the keys: the created key is there as created, and no value is. */
export async function listedStep(ctx: LifecycleContext, key: MintedKey): Promise<void> {
  const outcome = await list(ctx, 'list the keys after creating one');
  recordExtensionVerdicts(ctx.session, outcome, [
    listedAsCreated(ctx, outcome, key),
    listedWithoutValue(ctx, outcome),
  ]);
}

function listedRevoked(ctx: LifecycleContext, outcome: CaseOutcome, item: Item | undefined): CheckResult {
  const state = item === undefined ? undefined : listedRevocation(item);
  if (state === true) return pass(C.listedAsRevoked);
  if (outcome.exchange.response?.json?.ok !== true)
    return skip(C.listedAsRevoked, 'the list did not answer JSON');
  return fail(ctx.session, C.listedAsRevoked, outcome.exchange, {
    message:
      item === undefined ? 'a revoked key is no longer listed' : 'a revoked key is listed as not revoked',
    expected: 'the revoked key listed, marked revoked (isRevoked, revokedAt...)',
    actual:
      item === undefined
        ? 'absent from the list'
        : state === false
          ? 'listed as active'
          : 'listed without any revocation field',
    groupKey: item === undefined ? 'missing' : String(state),
  });
}

/** A listing after a revoke: its step title, and how it judges the listed revocation time. */
interface RevokedListing {
  title: string;
  check: LifecycleCheck;
  /** Whether the listing also judges that the key is still listed, marked revoked (the first time). */
  judgesMark: boolean;
  judge(item: Item, name: string | undefined, fail: (verdict: Verdict) => CheckResult): CheckResult;
}

/** Lists the keys after a revoke: judges the listed revocation time, and that still no value is listed. */
async function listRevoked(ctx: LifecycleContext, key: MintedKey, listing: RevokedListing): Promise<unknown> {
  const outcome = await list(ctx, listing.title);
  const item = itemOf(outcome.exchange, key.id);
  const name = item === undefined ? undefined : revokedAtName(item, declared(ctx, outcome.exchange));
  const timed =
    item === undefined
      ? skip(listing.check, 'the key is not listed')
      : listing.judge(item, name, (v) => fail(ctx.session, listing.check, outcome.exchange, v));
  recordExtensionVerdicts(ctx.session, outcome, [
    ...(listing.judgesMark ? [listedRevoked(ctx, outcome, item)] : []),
    timed,
    listedWithoutValue(ctx, outcome),
  ]);
  return name === undefined ? undefined : item?.[name];
}

/**
 * Lists the keys after the first revoke: the key is still there, marked revoked, with its revocation time in
 * the revoke's window; still no value. Returns the listed revocation time, to compare after a second revoke.
 */
export function listedRevokedStep(
  ctx: LifecycleContext,
  key: MintedKey,
  window: RevokeWindow,
): Promise<unknown> {
  return listRevoked(ctx, key, {
    title: 'list the keys after revoking one',
    check: C.revokedAtInWindow,
    judgesMark: true,
    judge: (item, name, fail) => revokedAtVerdict(item, name, window, fail),
  });
}

/** Lists the keys after the second revoke: the revocation time has not moved. */
export async function relistedRevokedStep(
  ctx: LifecycleContext,
  key: MintedKey,
  first: unknown,
): Promise<void> {
  await listRevoked(ctx, key, {
    title: 'list the keys after revoking one again',
    check: C.revokeKeepsRevokedAt,
    judgesMark: false,
    judge: (item, name, fail) => revokedAtKeptVerdict(item, name, first, fail),
  });
}
