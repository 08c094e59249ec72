import type { SchemaRule } from './rule-types.ts';
import { boundRules } from './rules/bound-rules.ts';
import { compositionRule } from './rules/composition-rule.ts';
import { enumRule } from './rules/enum-rule.ts';
import { exactKeywordRules } from './rules/exact-keyword-rules.ts';
import { limitRules } from './rules/limit-rules.ts';
import { multipleOfRule } from './rules/multiple-of-rule.ts';
import { objectRules } from './rules/object-rules.ts';
import { otherKeywordsRule } from './rules/other-keywords-rule.ts';
import { subschemaPresenceRule } from './rules/subschema-presence-rule.ts';
import { typeRule } from './rules/type-rule.ts';

/** Every keyword family, in the order their changes are listed for one schema. */
export const SCHEMA_RULES: readonly SchemaRule[] = [
  typeRule,
  enumRule,
  limitRules,
  boundRules,
  multipleOfRule,
  exactKeywordRules,
  objectRules,
  compositionRule,
  subschemaPresenceRule,
  otherKeywordsRule,
];
