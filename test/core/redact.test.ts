import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentEncode } from '../../src/core/percent-encode.ts';
import { createRedactor } from '../../src/core/redact.ts';

describe('createRedactor', () => {
  it('replaces a secret as is, JSON-escaped and percent-encoded', () => {
    const redactor = createRedactor();
    const secret = 'fk_live_"quoted"/and spaces';
    redactor.add(secret, 'minted value');
    const text = [secret, JSON.stringify({ v: secret }), encodeURIComponent(secret)].join(' | ');
    const out = redactor.redact(text);
    expect(out).not.toContain(secret);
    expect(out).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(out).not.toContain(encodeURIComponent(secret));
    expect(out.match(/\[REDACTED minted value\]/g)).toHaveLength(3);
  });

  it('replaces a secret percent-encoded as the http layer sends it', () => {
    const redactor = createRedactor();
    const secret = "fk_it's(mine)*!";
    redactor.add(secret, 'minted value');
    const sent = `?key=${percentEncode(secret)}`;
    expect(sent).not.toContain(encodeURIComponent(secret));
    expect(redactor.redact(sent)).toBe('?key=[REDACTED minted value]');
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    const redactor = createRedactor();
    redactor.add('abcd', 'short');
    redactor.add('abcdefgh', 'long');
    expect(redactor.redact('xabcdefghx abcdx')).toBe('x[REDACTED long]x [REDACTED short]x');
  });

  it('ignores secrets too short to be told from ordinary text', () => {
    const redactor = createRedactor();
    redactor.add('abc');
    expect(redactor.redact('abc')).toBe('abc');
    expect(redactor.size).toBe(0);
  });

  it('redacts every string of a JSON value, keys included, without changing its shape', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6 }), fc.jsonValue(), (secret, value) => {
        const redactor = createRedactor();
        redactor.add(secret);
        const planted = { [secret]: [value, `pre${secret}post`] };
        const out = JSON.stringify(redactor.redactValue(planted));
        expect(out.includes(JSON.stringify(secret).slice(1, -1))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('createRedactor with hostile secrets', () => {
  it('keeps a value intact when the secret looks like JSON syntax', () => {
    const redactor = createRedactor();
    redactor.add('"},{"', 'minted value');
    const value = { a: 'x"},{"y', b: [1, null, true] };
    expect(redactor.redactValue(value)).toEqual({ a: 'x[REDACTED minted value]y', b: [1, null, true] });
  });
});

describe('createRedactor at scale', () => {
  it('redacts every one of thousands of secrets, wherever they stand', () => {
    const redactor = createRedactor();
    const secrets = Array.from({ length: 3000 }, (_, i) => `fk_${i.toString(36).padStart(12, 'q')}`);
    for (const secret of secrets) redactor.add(secret, 'minted value');
    const text = secrets.filter((_, i) => i % 7 === 0).join(' and ');
    const out = redactor.redact(text);
    for (const secret of secrets) expect(out).not.toContain(secret);
    expect(out.split('[REDACTED minted value]')).toHaveLength(Math.ceil(3000 / 7) + 1);
  });
});

describe('createRedactor with unusual secrets', () => {
  it('accepts a secret with a lone surrogate', () => {
    const redactor = createRedactor();
    expect(() => redactor.add('abc\uD800def')).not.toThrow();
    expect(redactor.redact('x abc\uD800def y')).toBe('x [REDACTED secret] y');
  });
});

describe('createRedactor.find', () => {
  it('names the secrets a text holds, in any form, once each', () => {
    const redactor = createRedactor();
    redactor.add('fk_one/1234', 'minted value');
    redactor.add('tok-abcdef', 'token');
    const text = `a fk_one/1234 b ${encodeURIComponent('fk_one/1234')} c tok-abcdef`;
    expect(redactor.find(text)).toEqual([
      { secret: 'fk_one/1234', label: 'minted value' },
      { secret: 'tok-abcdef', label: 'token' },
    ]);
    expect(redactor.find('nothing here')).toEqual([]);
  });
});

describe('createRedactor.redact with a limit', () => {
  it('gives the same start as redacting the whole text, never a secret cut in two', () => {
    const pieces = fc.array(fc.oneof(fc.constant('S'), fc.constant('LONGSECRET'), fc.string()), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(pieces, fc.nat(80), (parts, limit) => {
        const redactor = createRedactor();
        redactor.add('sk_secret_1234', 'token');
        redactor.add('LONGSECRET-9876543210', 'minted value');
        const text = parts
          .map((part) => ({ S: 'sk_secret_1234', LONGSECRET: 'LONGSECRET-9876543210' })[part] ?? part)
          .join('');
        const whole = redactor.redact(text);
        const limited = redactor.redact(text, limit);
        expect(limited.length).toBeGreaterThanOrEqual(Math.min(limit, whole.length));
        expect(whole.startsWith(limited)).toBe(true);
        expect(limited).not.toMatch(/sk_secret|LONGSECRET/);
      }),
    );
  });

  it('returns just the settled start of a long text', () => {
    const redactor = createRedactor();
    redactor.add('sk_secret_1234', 'token');
    const text = `${'x'.repeat(100)}sk_secret_1234${'y'.repeat(10_000_000)}`;
    expect(redactor.redact(text, 120)).toBe(`${'x'.repeat(100)}[REDACTED token]yyyy`);
  });
});
