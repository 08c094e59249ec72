import fc from 'fast-check';

/** A string format ajv checks: how to make values that pass, a readable example, and values that fail. */
export interface StringFormat {
  valid: fc.Arbitrary<string>;
  example: string;
  invalid: readonly string[];
}

const dates = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('2999-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const isoDateTimes = dates.map((date) => date.toISOString());

/** Not an RFC 5321 Mailbox in any reading: no `@`, nothing after or before it, a space outside quotes. */
const EMAIL_INVALID = ['not-an-email', 'someone@', '@example.com', 'some one@example.com'];

export const STRING_FORMATS: Readonly<Record<string, StringFormat>> = {
  'date-time': {
    valid: fc.oneof(
      isoDateTimes,
      isoDateTimes.map((text) => `${text.slice(0, 19)}+05:30`),
    ),
    example: '2024-01-02T03:04:05Z',
    invalid: ['2024-13-01T00:00:00Z', '2024-01-01T25:00:00Z', '2024-01-01', 'not-a-date-time'],
  },
  date: {
    valid: isoDateTimes.map((text) => text.slice(0, 10)),
    example: '2024-01-02',
    invalid: ['2024-02-30', '2024-13-01', '01/02/2024', 'not-a-date'],
  },
  time: {
    valid: isoDateTimes.map((text) => text.slice(11)),
    example: '03:04:05Z',
    invalid: ['25:00:00Z', '12:60:00Z', '12:00:00', 'noon'],
  },
  email: {
    valid: fc.emailAddress(),
    example: 'someone@example.com',
    invalid: EMAIL_INVALID,
  },
  // RFC 6531: UTF-8 in both parts.
  'idn-email': {
    valid: fc.oneof(
      fc.emailAddress(),
      fc.constantFrom('用户@例子.广告', 'josé@example.com', 'θσερ@παράδειγμα.δοκιμή'),
    ),
    example: 'someone@example.com',
    invalid: EMAIL_INVALID,
  },
  uri: {
    valid: fc.webUrl(),
    example: 'https://example.com/a',
    invalid: ['not a uri', '//example.com/no-scheme'],
  },
  url: {
    valid: fc.webUrl(),
    example: 'https://example.com/a',
    invalid: ['not a url', '//example.com/no-scheme'],
  },
  'uri-reference': {
    valid: fc.webUrl(),
    example: 'https://example.com/a',
    invalid: ['http://exa mple.com/'],
  },
  uuid: {
    valid: fc.uuid(),
    example: '123e4567-e89b-42d3-a456-426614174000',
    invalid: ['not-a-uuid', '123e4567-e89b-42d3-a456-42661417400', '123e4567e89b42d3a456426614174000'],
  },
  ipv4: { valid: fc.ipV4(), example: '192.0.2.1', invalid: ['256.0.0.1', '1.2.3', '1.2.3.4.5'] },
  ipv6: { valid: fc.ipV6(), example: '2001:db8::1', invalid: ['12345::', '1:2:3:4:5:6:7:8:9', 'g::1'] },
  hostname: {
    valid: fc.domain(),
    example: 'example.com',
    invalid: ['-leading-hyphen.com', 'a..b', 'under_score.com'],
  },
  byte: { valid: fc.base64String(), example: 'aGVsbG8=', invalid: ['abc', 'a===', '!!!!'] },
  regex: { valid: fc.constantFrom('^[a-z]+$', 'a|b', '\\d{3}'), example: '^[a-z]+$', invalid: ['(', '[a-'] },
  'json-pointer': {
    valid: fc.constantFrom('', '/a', '/a/0', '/a~1b'),
    example: '/a',
    invalid: ['a/b', '/a~2'],
  },
  duration: {
    valid: fc.constantFrom('P1D', 'PT1H', 'P1Y2M3DT4H5M6S'),
    example: 'P1D',
    invalid: ['P', '1D', 'PT'],
  },
};

/** Formats on numbers: the integer range they imply (ajv checks int32; int64 is taken as its 64-bit range). */
export const NUMBER_FORMAT_RANGES: Readonly<Record<string, { min: number; max: number; checked: boolean }>> =
  {
    int32: { min: -(2 ** 31), max: 2 ** 31 - 1, checked: true },
    // 2 ** 63 - 1024 is the largest double below 2 ** 63.
    int64: { min: -(2 ** 63), max: 2 ** 63 - 1024, checked: false },
  };
