import { getAtPointer } from '../../../core/json-pointer.ts';
import type { RequestCase } from '../../../generate/types.ts';
import { rewritableText } from '../../../run/run-marker/rewritable.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import { type LifecycleContext } from './lifecycle-context.ts';
import { mintedKeyOf, type MintedKey } from './minted-key.ts';
import { sendStep } from './send-step.ts';
import { expiryField, requestSchemaOf } from './time-fields.ts';

/** Room for the run marker: keys of the life cycle carry it whenever a sample allows. */
const MARKER_ROOM = 20;

function markable(requestCase: RequestCase): boolean {
  const body = requestCase.body.kind === 'json' ? requestCase.body.value : undefined;
  return requestCase.uniqueFields.every((pointer) => {
    const text = getAtPointer(body, pointer);
    return typeof text === 'string' && rewritableText(text).length >= MARKER_ROOM + 12;
  });
}

/** The body with its expiry (if it has one) at `expiresAt`, when the schema allows; else without expiry. */
function withExpiry(ctx: LifecycleContext, body: unknown, expiresAt: number): unknown {
  const field = expiryField(ctx.ops.create);
  const schema = requestSchemaOf(ctx.ops.create);
  if (field === undefined || schema === undefined || typeof body !== 'object' || body === null) return body;
  const candidates = [{ ...body, [field.name]: field.fromMs(expiresAt) }, { ...body }];
  delete (candidates[1] as Record<string, unknown>)[field.name];
  return candidates.find((candidate) => schema.validate(candidate).length === 0) ?? body;
}

/**
 * Creates a key for the life cycle: a valid body of the document (one with room for the run marker when the
 * samples have one), expiring at `expiresAt` (a week from now by default) so that it still works while tested.
 */
export async function createStep(
  ctx: LifecycleContext,
  title: string,
  expiresAt: number = Date.now() + 7 * 86_400_000,
): Promise<MintedKey | undefined> {
  const { create } = ctx.ops;
  const samples = ctx.base.get(create.operation.operationId) ?? [];
  const sample = samples.find(markable) ?? samples[0];
  if (sample === undefined) return undefined;
  const body =
    sample.body.kind === 'json'
      ? { kind: 'json' as const, value: withExpiry(ctx, sample.body.value, expiresAt) }
      : sample.body;
  ctx.step += 1;
  const requestCase: RequestCase = {
    ...sample,
    id: `${create.operation.operationId}/lifecycle/${ctx.step}`,
    body,
    phase: 'resource',
    title: `life cycle: ${title}`,
    tags: ['lifecycle'],
  };
  const outcome = await sendStep(ctx.session, requestCase);
  recordExtensionVerdicts(ctx.session, outcome, []);
  return mintedKeyOf(outcome.exchange, ctx.session.checkOptions.secretFields);
}
