import { codePointLength } from '../../core/unicode.ts';
import { numberKeyword, type SchemaObject } from './schema-object.ts';

export interface LengthBounds {
  min: number;
  max: number | undefined;
}

export function lengthBounds(schema: SchemaObject): LengthBounds {
  return {
    min: Math.max(0, Math.ceil(numberKeyword(schema, 'minLength') ?? 0)),
    max: numberKeyword(schema, 'maxLength'),
  };
}

export function lengthWithin(text: string, bounds: LengthBounds): boolean {
  const length = codePointLength(text);
  return length >= bounds.min && (bounds.max === undefined || length <= bounds.max);
}
