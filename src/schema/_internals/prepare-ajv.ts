import type { SpecFinding } from '../../spec/types.ts';
import { createAjv, type AjvInstance } from '../ajv.ts';
import type { Bag } from './build-bags.ts';
import { scanBag, type Occurrence } from './scan-bag.ts';

export interface Validators {
  strict: AjvInstance;
  /** The same bags without strict mode, for schemas with unknown keywords; created on first use. */
  lax(): AjvInstance;
  /** The same bags with `format` an annotation (no format checked, no strict mode); created on first use. */
  formatsAside(): AjvInstance;
  /** Bag entries ajv's meta-schema rejects (left out of the bags), with the reason. */
  invalid: Map<string, string>;
}

function finding(code: string, occurrence: Occurrence, message: string): SpecFinding {
  return {
    code,
    severity: 'warning',
    message: `${occurrence.operationId}: ${message}`,
    operationId: occurrence.operationId,
    pointer: occurrence.pointer,
  };
}

/** Entries ajv's meta-schema rejects cannot be added to a bag: they are left out and remembered. */
function removeInvalid(ajv: AjvInstance, bag: Bag, invalid: Map<string, string>): void {
  for (const [pointer, schema] of Object.entries(bag.schema.$defs)) {
    if (ajv.validateSchema(schema) === true) continue;
    invalid.set(`${bag.context} ${pointer}`, ajv.errorsText(ajv.errors, { dataVar: 'schema' }));
    delete bag.schema.$defs[pointer];
  }
}

/**
 * One ajv instance for the whole document, with both bags registered. Unknown formats are registered as
 * no-ops and unknown keywords noted (findings `unknown-format`, `unknown-keyword`): deliberate, not silent.
 */
export function prepareAjv(bags: Bag[], findings: SpecFinding[]): Validators {
  const strict = createAjv();
  const invalid = new Map<string, string>();
  const unknownFormats = new Set<string>();
  for (const bag of bags) {
    const { formats, keywords } = scanBag(strict, bag);
    for (const format of formats) {
      unknownFormats.add(format.name);
      findings.push(finding('unknown-format', format, `format "${format.name}" is unknown: not checked`));
    }
    for (const keyword of keywords) {
      findings.push(
        finding(
          'unknown-keyword',
          keyword,
          `keyword "${keyword.name}" is unknown: ignored (validated without strict mode)`,
        ),
      );
    }
  }
  const setUp = (ajv: AjvInstance): AjvInstance => {
    for (const name of unknownFormats) ajv.addFormat(name, true);
    for (const bag of bags) ajv.addSchema(bag.schema);
    return ajv;
  };
  for (const bag of bags) removeInvalid(strict, bag, invalid);
  setUp(strict);
  let lax: AjvInstance | undefined;
  let aside: AjvInstance | undefined;
  return {
    strict,
    lax: () => (lax ??= setUp(createAjv({ strictSchema: false }))),
    formatsAside: () => (aside ??= setUp(createAjv({ strictSchema: false, assertFormats: false }))),
    invalid,
  };
}
