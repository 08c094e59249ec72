import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { narrowDateTime } from './_internals/date-time-format.ts';
import { DECIMAL_MULTIPLE_OF } from './_internals/decimal-multiple-of.ts';
import { evaluatedBeforeBranches } from './_internals/evaluated-before-branches.ts';
import { isEmail, isIdnEmail } from './_internals/email-format.ts';

// ajv-formats is CommonJS; its default export arrives as a namespace under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export type AjvInstance = InstanceType<typeof Ajv2020>;

/**
 * One ajv instance for both dialects: 3.0 schemas are translated to 2020-12 first. Lengths count code points
 * (ajv's default `unicode: true`). Unknown keywords are errors (`strictSchema`), so a typo in the document is
 * found, not ignored; type-strictness is off because real documents often state constraints without `type`.
 * `multipleOf` is judged on decimals, as JSON numbers are written (`_internals/decimal-multiple-of.ts`);
 * `email` and `idn-email` are RFC 5321/6531 Mailboxes (`_internals/email-format.ts`); `date-time` takes `T`
 * or one space between date and time (`_internals/date-time-format.ts`). `assertFormats: false` makes
 * `format` the annotation 2020-12 §7.2.1 has by default (nothing checked). An ajv bug with
 * `unevaluatedProperties` after branches is worked around (`_internals/evaluated-before-branches.ts`).
 */
export function createAjv(options: { strictSchema?: boolean; assertFormats?: boolean } = {}): AjvInstance {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictSchema: options.strictSchema ?? true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    validateFormats: options.assertFormats ?? true,
    discriminator: false,
  });
  addFormats(ajv);
  ajv.addFormat('email', { type: 'string', validate: isEmail });
  ajv.addFormat('idn-email', { type: 'string', validate: isIdnEmail });
  narrowDateTime(ajv);
  ajv.removeKeyword('multipleOf').addKeyword(DECIMAL_MULTIPLE_OF);
  evaluatedBeforeBranches(ajv);
  return ajv;
}
