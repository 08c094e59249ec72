import { Name, type KeywordCxt } from 'ajv/dist/2020.js';
import { evaluatedPropsToName } from 'ajv/dist/compile/util.js';
import type { AjvInstance } from '../ajv.ts';

/** Keywords whose subschemas' evaluated properties and items ajv merges only on some paths of its code. */
const BRANCHING = ['anyOf', 'oneOf', 'if', 'dependentSchemas'];

/**
 * Works around an ajv (8.20) bug that rejected valid values under `unevaluatedProperties`: when the
 * properties evaluated so far are known when compiling (`allOf: [{properties: ...}]`), the first branch
 * that merges its own (`then`, a passing `anyOf` branch) turns them into a variable assigned inside that
 * branch only; on the other paths the variable is empty and the earlier properties count as unevaluated
 * (`{mode: "road"}` failed with `allOf`, `if`/`then`/`else` and `unevaluatedProperties: false`; ajv issues
 * 2559, 2579). Here they become that variable before the keyword branches, so every path starts from them.
 * Rules are per instance copies: the change stays in this instance.
 */
export function evaluatedBeforeBranches(ajv: AjvInstance): void {
  for (const keyword of BRANCHING) {
    const rule = ajv.RULES.all[keyword];
    if (typeof rule !== 'object' || !('code' in rule.definition)) continue;
    const code = rule.definition.code;
    rule.definition.code = (cxt, ruleType) => {
      namesFirst(cxt);
      code(cxt, ruleType);
    };
  }
}

function namesFirst(cxt: KeywordCxt): void {
  const { it, gen } = cxt;
  if (!it.opts.unevaluated) return;
  if (it.props !== undefined && it.props !== true && !(it.props instanceof Name))
    it.props = evaluatedPropsToName(gen, it.props);
  if (it.items !== undefined && it.items !== true && !(it.items instanceof Name))
    it.items = gen.var('items', it.items);
}
