import { canonical } from '../canonical.ts';
import type { SchemaNode } from '../merge-schemas.ts';
import { presenceEffect, show, type RuleChange } from '../rule-types.ts';

/** Keywords whose values cannot be ordered: adding one narrows, dropping one widens, changing one is both. */
const EXACT: readonly { keyword: string; code: string }[] = [
  { keyword: 'pattern', code: 'pattern' },
  { keyword: 'format', code: 'format' },
  { keyword: 'contentMediaType', code: 'content-media-type' },
  { keyword: 'contentEncoding', code: 'content-encoding' },
];

const VERB = { narrowed: 'added', widened: 'removed', changed: 'changed' } as const;

function uniqueItems(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const [before, after] = [base.uniqueItems === true, head.uniqueItems === true];
  if (before === after) return [];
  const message = `uniqueItems ${before} -> ${after}`;
  return [
    after
      ? { code: 'unique-items-added', effect: 'narrowed', message }
      : { code: 'unique-items-removed', effect: 'widened', message },
  ];
}

/** `pattern`, `format`, content keywords and `uniqueItems`. */
export function exactKeywordRules(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const changes = EXACT.flatMap(({ keyword, code }) => {
    const [before, after] = [base[keyword], head[keyword]];
    if (canonical(before) === canonical(after)) return [];
    const effect = presenceEffect(before, after);
    if (effect === undefined) return [];
    return [
      { code: `${code}-${VERB[effect]}`, effect, message: `${keyword} ${show(before)} -> ${show(after)}` },
    ];
  });
  return [...changes, ...uniqueItems(base, head)];
}
