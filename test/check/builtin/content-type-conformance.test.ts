import { describe, expect, it } from 'vitest';
import { contentTypeConformance } from '../../../src/check/builtin/content-type-conformance.ts';
import { jsonResponse, makeContext, makeExchange, makeOperation, textResponse } from '../helpers.ts';

const ctx = makeContext(
  makeOperation([
    { status: '200', media: [{ mediaType: 'application/json' }, { mediaType: 'text/*' }] },
    { status: '204' },
    { status: '304', media: [{ mediaType: 'application/json' }] },
  ]),
);

describe('content_type_conformance', () => {
  it('ignores parameters and case, and honours wildcards', () => {
    const charset = jsonResponse(200, {}, { 'content-type': 'Application/JSON; charset=utf-8' });
    expect(contentTypeConformance.run(ctx, makeExchange(charset)).status).toBe('passed');
    expect(
      contentTypeConformance.run(ctx, makeExchange(textResponse(200, 'hi', { 'content-type': 'text/csv' })))
        .status,
    ).toBe('passed');
  });

  it('fails an undeclared media type and a missing Content-Type on a body', () => {
    const html = contentTypeConformance.run(
      ctx,
      makeExchange(textResponse(200, '<p>', { 'content-type': 'image/png' })),
    );
    expect(html).toMatchObject({
      status: 'failed',
      evidence: { expected: 'application/json, text/*', actual: 'image/png' },
      groupKey: '200:image/png',
    });
    const none = contentTypeConformance.run(ctx, makeExchange(textResponse(200, '{}')));
    expect(none).toMatchObject({ status: 'failed', evidence: { actual: '(none)' } });
  });

  it('skips responses without declared content and bodiless statuses', () => {
    expect(contentTypeConformance.run(ctx, makeExchange(textResponse(204, ''))).status).toBe('skipped');
    expect(contentTypeConformance.run(ctx, makeExchange(textResponse(304, ''))).status).toBe('skipped');
    expect(contentTypeConformance.run(ctx, makeExchange(textResponse(404, 'x'))).status).toBe('skipped');
  });
});
