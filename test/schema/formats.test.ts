import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/ajv.ts';

const ajv = createAjv();
const validator = (format: string): ((text: string) => boolean) => {
  const validate = ajv.compile({ type: 'string', format });
  return (text) => validate(text);
};

/** RFC 5321 Mailboxes (2020-12 §7.3.2): ajv-formats refused all but the first four. */
const MAILBOXES = [
  'someone@example.com',
  'a.b-c+tag@sub.example.co.uk',
  "!#$%&'*+/=?^_`{|}~-@example.com",
  'x@a-b.c1',
  '"john doe"@example.com',
  '"a..b"@example.com',
  '"a@b"@example.com',
  '"quote\\"inside"@example.com',
  '""@example.com',
  'admin@localhost',
  'user@[192.0.2.1]',
  'user@[001.002.003.004]',
  'user@[IPv6:2001:db8::1]',
  'user@[ipv6:::ffff:192.0.2.1]',
  'user@[x-tag:anything]',
];

const NOT_MAILBOXES = [
  'not-an-email',
  'someone@',
  '@example.com',
  'some one@example.com',
  'a..b@example.com',
  '.a@example.com',
  'a.@example.com',
  'a@-example.com',
  'a@example-.com',
  'a@example..com',
  'a@example.com.',
  '"unclosed@example.com',
  '"bad"quote"@example.com',
  'a@b@example.com',
  'user@[256.0.0.1]',
  'user@[1.2.3]',
  'user@[IPv6:zz::1]',
  'user@[IPv6:fe80::1%eth0]',
  'user@[]',
  'user@[a[b]',
];

describe('email and idn-email formats (RFC 5321 / RFC 6531 Mailbox)', () => {
  const email = validator('email');
  const idnEmail = validator('idn-email');

  it.each(MAILBOXES)('accepts %s', (text) => {
    expect(email(text)).toBe(true);
    expect(idnEmail(text)).toBe(true);
  });

  it.each(NOT_MAILBOXES)('refuses %s', (text) => {
    expect(email(text)).toBe(false);
    expect(idnEmail(text)).toBe(false);
  });

  it('takes UTF-8 in both parts for idn-email only', () => {
    for (const text of ['josé@example.com', '用户@例子.广告', '"ü ber"@example.com', 'a@bücher.de']) {
      expect(idnEmail(text), text).toBe(true);
      expect(email(text), text).toBe(false);
    }
    expect(idnEmail('用户@例子..广告')).toBe(false);
  });

  it('is no longer an unknown format: idn-email is registered', () => {
    expect(ajv.formats['idn-email']).toBeDefined();
  });
});

describe('date-time format', () => {
  const dateTime = validator('date-time');

  it('accepts T, t, and one space between date and time (RFC 3339 §5.6 and its NOTE)', () => {
    for (const text of [
      '2024-01-01T00:00:00Z',
      '2024-01-01t00:00:00z',
      '2024-01-01T00:00:00.123+05:30',
      '2024-01-01 00:00:00Z',
    ])
      expect(dateTime(text), text).toBe(true);
  });

  it('refuses other whitespace, two spaces, and what ajv-formats refused', () => {
    for (const text of [
      '2024-01-01\t00:00:00Z',
      '2024-01-01\n00:00:00Z',
      '2024-01-01  00:00:00Z',
      '2024-01-01',
      '2024-13-01T00:00:00Z',
      '2024-01-01T25:00:00Z',
      '2024-01-01T00:00:00',
      'not-a-date-time',
    ])
      expect(dateTime(text), JSON.stringify(text)).toBe(false);
  });
});

describe('createAjv with formats as annotations', () => {
  it('checks no format (2020-12 §7.2.1 default), but every other keyword', () => {
    const validate = createAjv({ assertFormats: false }).compile({
      type: 'string',
      format: 'email',
      maxLength: 8,
    });
    expect(validate('someone@')).toBe(true);
    expect(validate('not-an-email-at-all')).toBe(false);
    expect(validate.errors?.map((error) => error.keyword)).toEqual(['maxLength']);
  });
});
