import { describe, expect, it } from 'vitest';
import {
  parameterChannel,
  type ParameterChannel,
} from '../../src/generate/_internals/params/parameter-channel.ts';
import { placeParameters } from '../../src/generate/_internals/params/place-parameters.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { buildTarget } from '../../src/http/build-target.ts';
import type { CompiledParameter } from '../../src/schema/types.ts';
import type { ParameterLocation } from '../../src/spec/types.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';

const COLOR_ARRAY = { type: 'array', items: { type: 'string' } };
const COLOR_OBJECT = {
  type: 'object',
  properties: { R: { type: 'integer' }, G: { type: 'integer' }, B: { type: 'integer' } },
};
const BLUE = 'blue';
const LIST = ['blue', 'black', 'brown'];
const RGB = { R: 100, G: 200, B: 150 };

function channel(
  where: ParameterLocation,
  schema: Record<string, unknown>,
  style?: string,
  explode?: boolean,
  allowEmptyValue?: boolean,
): ParameterChannel {
  const parameter: CompiledParameter = {
    spec: {
      ...(allowEmptyValue === undefined ? {} : { allowEmptyValue }),
      name: 'color',
      in: where,
      required: true,
      schema,
      deprecated: false,
      pointer: '/paths/~1p/get/parameters/0/schema',
      ...(style === undefined ? {} : { style }),
      ...(explode === undefined ? {} : { explode }),
    },
    schema: compiledSchemaFor(schema),
  };
  const made = parameterChannel(parameter);
  if ('unsupported' in made) throw new Error(made.unsupported);
  return made;
}

/** The URL path and query, or the header / cookie value, that the case sends. */
function sent(made: ParameterChannel, value: unknown): string | undefined {
  const wire = made.wire(value);
  if (wire === undefined) return undefined;
  const placed = placeParameters('/p/{color}', [wire]);
  const requestCase = { ...placed, method: 'get' } as unknown as RequestCase;
  if (made.location === 'header') return placed.headers.color;
  if (made.location === 'cookie') return placed.cookies.color;
  const url = buildTarget('http://h', requestCase);
  return made.location === 'path' ? url.slice('http://h/p/'.length) : url.slice(url.indexOf('?') + 1);
}

describe('parameter styles: the OpenAPI style table (RFC 6570 for label)', () => {
  const table: [ParameterLocation, string, boolean, string, string, string][] = [
    ['path', 'simple', false, 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
    ['path', 'simple', true, 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
    ['path', 'label', false, '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
    ['path', 'label', true, '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
    ['path', 'matrix', false, ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
    ['path', 'matrix', true, ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
    ['query', 'form', false, 'color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150'],
    ['query', 'form', true, 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
    ['header', 'simple', false, 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
    ['header', 'simple', true, 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
  ];

  it.each(table)('%s %s explode=%s', (where, style, explode, primitive, array, object) => {
    expect(sent(channel(where, { type: 'string' }, style, explode), BLUE)).toBe(primitive);
    expect(sent(channel(where, COLOR_ARRAY, style, explode), LIST)).toBe(array);
    expect(sent(channel(where, COLOR_OBJECT, style, explode), RGB)).toBe(object);
  });

  it('query spaceDelimited, pipeDelimited and deepObject', () => {
    expect(sent(channel('query', COLOR_ARRAY, 'spaceDelimited', false), LIST)).toBe(
      'color=blue%20black%20brown',
    );
    expect(sent(channel('query', COLOR_ARRAY, 'pipeDelimited', false), LIST)).toBe(
      'color=blue%7Cblack%7Cbrown',
    );
    expect(sent(channel('query', COLOR_OBJECT, 'deepObject', true), RGB)).toBe(
      'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150',
    );
  });

  it('cookies: form style, one value each, only what needs no percent-encoding', () => {
    expect(sent(channel('cookie', { type: 'string' }), 'a-b.c')).toBe('a-b.c');
    // The http layer percent-encodes a cookie (`a%20b`, `blue%2Cblack`): a server that does not decode
    // cookies would read another value, so such values are not sent.
    expect(sent(channel('cookie', { type: 'string' }), 'a b')).toBeUndefined();
    expect(sent(channel('cookie', COLOR_ARRAY, 'form', false), LIST)).toBeUndefined();
  });

  it('reports styles OpenAPI does not define for the location or the shape', () => {
    const parameter = (
      where: ParameterLocation,
      schema: Record<string, unknown>,
      style: string,
      explode?: boolean,
    ) =>
      parameterChannel({
        spec: {
          name: 'x',
          in: where,
          required: true,
          schema,
          style,
          ...(explode === undefined ? {} : { explode }),
          deprecated: false,
          pointer: '/x/schema',
        },
        schema: compiledSchemaFor(schema),
      });
    expect(parameter('path', { type: 'string' }, 'form')).toEqual({
      unsupported: 'style form is not defined for path parameters',
    });
    expect(parameter('query', { type: 'string' }, 'deepObject')).toMatchObject({
      unsupported: expect.stringMatching(/objects only/),
    });
    expect(parameter('query', { type: 'string' }, 'pipeDelimited')).toMatchObject({
      unsupported: expect.stringMatching(/arrays and objects/),
    });
    expect(parameter('cookie', COLOR_ARRAY, 'form', true)).toMatchObject({
      unsupported: expect.stringMatching(/one cookie/),
    });
  });
});

describe('parameter values: encoding and reading back', () => {
  it('encodes content and keeps delimiters: a path value with /, %, spaces and unicode', () => {
    expect(sent(channel('path', { type: 'string' }), 'a/b%c d é😀')).toBe(
      'a%2Fb%25c%20d%20%C3%A9%F0%9F%98%80',
    );
    expect(channel('path', COLOR_ARRAY, 'matrix').receive(['a/b', 'c;d'])).toBeUndefined();
    expect(sent(channel('path', COLOR_ARRAY, 'matrix'), ['a/b', 'c d'])).toBe(';color=a%2Fb,c%20d');
    expect(sent(channel('query', COLOR_ARRAY, 'form', false), ['x&y=z', 'é'])).toBe('color=x%26y%3Dz,%C3%A9');
  });

  it('does not send what a server would read in another way: delimiters in content, empty or dot segments, unsafe headers', () => {
    expect(channel('path', COLOR_ARRAY).wire(['a,b', 'c'])).toBeDefined();
    expect(channel('path', COLOR_ARRAY).receive(['a,b', 'c'])).toBeUndefined();
    expect(channel('path', { type: 'string' }).receive('')).toBeUndefined();
    expect(channel('path', { type: 'string' }, 'label').receive('.')).toBeUndefined();
    expect(channel('header', { type: 'string' }).receive(' padded ')).toBeUndefined();
    expect(channel('header', { type: 'string' }).receive('line\nbreak')).toBeUndefined();
    expect(channel('header', { type: 'string' }).receive('é')).toBeUndefined();
    expect(channel('query', COLOR_ARRAY, 'pipeDelimited', false).receive(['a|b'])).toBeUndefined();
  });

  it('reads values back as the schema says: split by its shape, converted to its types', () => {
    const integers = channel('query', { type: 'array', items: { type: 'integer' } }, 'form', false);
    expect(integers.receive([1, 2, 30])).toEqual([1, 2, 30]);
    // One text holding the delimiter: a strict server reads one item, a lenient one two.
    expect(integers.receive('1,2')).toBeUndefined();
    expect(channel('query', { type: 'integer' }).receive('5')).toBe(5);
    expect(channel('query', { type: 'integer' }).receive('5.5')).toBe('5.5');
    expect(channel('query', { type: 'integer' }).receive(true)).toBe('true');
    expect(channel('query', { type: 'boolean' }).receive(true)).toBe(true);
    expect(channel('query', { type: ['string', 'integer'] }).receive(5)).toBe('5');
    // null is written as an empty value: sent only where the parameter allows empty values.
    expect(channel('query', { type: ['integer', 'null'] }).receive(null)).toBeUndefined();
    expect(
      channel('query', { type: ['integer', 'null'] }, undefined, undefined, true).receive(null),
    ).toBeNull();
    expect(channel('query', { type: 'string' }).receive('')).toBeUndefined();
    expect(channel('header', { type: 'string' }).receive('')).toBeUndefined();
    expect(channel('cookie', { type: 'string' }).receive('')).toBeUndefined();
    // Values the wire would change: a dot segment, a lone surrogate (sent as U+FFFD), a cookie needing encoding.
    expect(channel('path', { type: 'string' }).receive('..')).toBeUndefined();
    expect(channel('query', { type: 'string' }).receive('a\ud800')).toBeUndefined();
    expect(channel('path', { type: 'string' }).receive('\udc00')).toBeUndefined();
    expect(channel('query', { type: 'string' }).receive('😀')).toBe('😀');
    expect(channel('cookie', { type: 'string' }).receive('a b')).toBeUndefined();
    expect(channel('cookie', { type: 'string' }).receive('s1234')).toBe('s1234');
    expect(channel('query', { type: 'string' }).receive(['a', 'b'])).toBeUndefined();
    expect(channel('header', { type: 'string' }).receive(['a', 'b'])).toBe('a,b');
    expect(channel('path', COLOR_OBJECT, 'matrix', true).receive({ R: 1, G: 2 })).toEqual({ R: 1, G: 2 });
  });
});
