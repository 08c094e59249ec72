import { expect } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { describeSchemaError } from '../../src/schema/describe-schema-error.ts';
import type { CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import type { Answer } from './support.ts';

let compiled: Promise<CompiledSpec> | undefined;

/** The pinned fixture, loaded and compiled once per test file. */
export function fixtureSpec(): Promise<CompiledSpec> {
  compiled ??= loadSpec(MOCK_DEFAULTS.specPath).then((loaded) => unwrap(compileSpec(unwrap(loaded))));
  return compiled;
}

/** Why an answer does not match the document's response for its status; `[]` when it does. */
export async function conformanceProblems(
  answer: Answer,
  operationId = 'createServiceAccountApiKey',
): Promise<string[]> {
  const operation = (await fixtureSpec()).operation(operationId);
  const response = operation?.responseFor(answer.status);
  if (response === undefined) return [`status ${answer.status} is not declared`];
  const contentType = String(answer.headers['content-type'] ?? '');
  const media = response.media.find((m) => contentType.toLowerCase().startsWith(m.mediaType));
  if (media === undefined) return [`content type ${contentType} is not declared for ${answer.status}`];
  if (answer.json === undefined) return [`body is not JSON: ${answer.text.slice(0, 80)}`];
  return (media.schema?.validate(answer.json) ?? []).map(describeSchemaError);
}

export async function expectConforms(answer: Answer): Promise<void> {
  expect(await conformanceProblems(answer), `${answer.status} ${answer.text.slice(0, 200)}`).toEqual([]);
}
