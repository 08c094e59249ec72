import { err, ok, type Result } from '../../core/result.ts';
import type { OpenApiDialect, SpecFinding } from '../types.ts';
import { isRecord } from './is-record.ts';

export interface DetectedVersion {
  document: Record<string, unknown>;
  dialect: OpenApiDialect;
  openapiVersion: string;
  /** A version written loosely (`3.1`, or the YAML number 3.0) is read as 3.0.0/3.1.0, with a warning. */
  findings: SpecFinding[];
}

/** `3.1` (string or number) and `3.0` (which YAML reads as the number 3): what the author meant is clear. */
function looseVersion(value: Record<string, unknown>, version: unknown): DetectedVersion | undefined {
  const written = typeof version === 'number' ? String(version) : version;
  if (typeof written !== 'string') return undefined;
  const match = /^3(?:\.([01]))?$/.exec(written.trim());
  if (match === null) return undefined;
  const dialect: OpenApiDialect = match[1] === '1' ? '3.1' : '3.0';
  const openapiVersion = `${dialect}.0`;
  const message = `"openapi" is ${JSON.stringify(version)}, not a full version such as "${openapiVersion}"; read as ${openapiVersion}`;
  return {
    document: { ...value, openapi: openapiVersion },
    dialect,
    openapiVersion,
    findings: [{ code: 'openapi-version-loose', severity: 'warning', message, pointer: '/openapi' }],
  };
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** Accepts `openapi: 3.0.x` and `3.1.x` (and `3.0`, `3.1` with a warning); Swagger 2.0 and anything else is a version error. */
export function detectDialect(value: unknown, source: string): Result<DetectedVersion> {
  if (!isRecord(value)) {
    return err('OAC_ERR_SPEC_PARSE', `spec ${source} is not a YAML/JSON mapping (it is ${kindOf(value)})`);
  }
  if (value.swagger !== undefined) {
    return err(
      'OAC_ERR_SPEC_VERSION',
      `spec ${source} is Swagger ${JSON.stringify(value.swagger)}; only OpenAPI 3.0 and 3.1 are supported (convert it first)`,
    );
  }
  const version = value.openapi;
  const loose = looseVersion(value, version);
  if (loose !== undefined) return ok(loose);
  if (version === undefined) {
    return err(
      'OAC_ERR_SPEC_VERSION',
      `spec ${source} has no "openapi" field: not an OpenAPI 3.0/3.1 document`,
    );
  }
  if (typeof version !== 'string') {
    return err(
      'OAC_ERR_SPEC_VERSION',
      `spec ${source}: "openapi" must be a string such as "3.0.3", not ${kindOf(version)} (${JSON.stringify(version)})`,
    );
  }
  const match = /^3\.([01])\.\d+(-[\w.]+)?$/.exec(version);
  if (match === null) {
    return err(
      'OAC_ERR_SPEC_VERSION',
      `spec ${source} is OpenAPI ${version}; only 3.0.x and 3.1.x are supported`,
    );
  }
  return ok({
    document: value,
    dialect: match[1] === '0' ? '3.0' : '3.1',
    openapiVersion: version,
    findings: [],
  });
}
