import { responseHeadersOf } from '../run/recorded-step.ts';
import type { FindingGroup } from '../run/types.ts';

const MAX_SCHEMA_ERRORS = 5;

function reasonLine(group: FindingGroup): string | undefined {
  const reason = group.example.reason;
  if (reason === undefined) return undefined;
  const at = reason.location === 'request' ? 'request' : `${reason.location} ${reason.instancePath || '/'}`;
  return `sent:     invalid for one reason: ${reason.keyword} at ${reason.schemaPath} (${at}): ${reason.description}`;
}

function schemaErrorLines(group: FindingGroup): string[] {
  const errors = group.example.evidence.schemaErrors ?? [];
  const lines = errors
    .slice(0, MAX_SCHEMA_ERRORS)
    .map(
      (error) =>
        `          ${error.instancePath || '/'} ${error.message} (${error.keyword} at ${error.schemaPath})`,
    );
  if (errors.length > MAX_SCHEMA_ERRORS)
    lines.push(`          ... and ${errors.length - MAX_SCHEMA_ERRORS} more`);
  return lines;
}

function replayLine(group: FindingGroup): string {
  const { replay, shrunk, phase } = group.example;
  if (replay === undefined)
    return `replay:   CONTRACT_SEED is not needed: this ${phase} case is deterministic`;
  const how = shrunk === true ? 'shrunk case' : 'first failing case';
  return `replay:   CONTRACT_SEED=${replay.seed}, ${phase} phase, fast-check path "${replay.path}" (${how})`;
}

/** The answer's headers on one line, when the run recorded them. */
function headersLine(group: FindingGroup): string | undefined {
  const headers = responseHeadersOf(group.example);
  if (headers === undefined || Object.keys(headers).length === 0) return undefined;
  return `headers:  ${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ')}`;
}

/** One distinct problem, explained: what was sent, expected and received, and how to reproduce it. */
export function formatFindingGroup(group: FindingGroup): string {
  const { example } = group;
  const cases = group.count === 1 ? '1 case' : `${group.count} cases`;
  const origin = group.origin === 'description' ? ' (from the description)' : '';
  const lines = [
    `✗ [${group.severity}] ${group.check}${origin}: ${group.operationId}, ${cases}`,
    `          ${example.message}`,
    `case:     ${example.caseTitle} (${example.caseId})`,
    reasonLine(group),
    `expected: ${example.evidence.expected}`,
    `actual:   ${example.evidence.actual}`,
    headersLine(group),
    example.evidence.excerpt ? `body:     ${example.evidence.excerpt}` : undefined,
    ...schemaErrorLines(group),
    replayLine(group),
    `curl:     ${example.curl}`,
  ];
  return lines.filter((line): line is string => line !== undefined).join('\n');
}
