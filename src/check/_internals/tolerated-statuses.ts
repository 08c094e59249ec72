import type { RequestCase } from '../../generate/types.ts';

const BAD_REQUEST = 400;
const UNSUPPORTED_MEDIA_TYPE = 415;

/**
 * The statuses a case tolerates although the operation does not expect them. A request sent without a body
 * where 400 is tolerated (the document leaves the body optional but its schema requires properties) may
 * as well get 415: a server that insists on a body may say so by its missing Content-Type. Same defect of
 * the document, same tolerance.
 */
export function toleratedStatuses(requestCase: RequestCase): number[] {
  const tolerated = requestCase.tolerated ?? [];
  const bodyless = requestCase.body.kind === 'none' && tolerated.includes(BAD_REQUEST);
  return bodyless && !tolerated.includes(UNSUPPORTED_MEDIA_TYPE)
    ? [...tolerated, UNSUPPORTED_MEDIA_TYPE]
    : tolerated;
}
