export interface AnswerCounts {
  /** Answers received (any status). */
  answers: number;
  /** Of which 404. */
  notFound: number;
  /** Where requests went (the effective base URL). */
  url: string;
  /** No CONTRACT_SPEC was given: the pinned document was tested, whatever the server serves. */
  pinnedDocument?: boolean;
}

/** Below this many answers, a share of 404s says nothing. */
const MIN_ANSWERS = 5;
/** "Nearly every answer". */
const SHARE = 0.9;

/**
 * One line to print when nearly every answer of a run is 404: the requests most likely went to the wrong
 * place (a base URL without the API's path prefix, a document for another API), so the findings are not
 * about the API. Undefined otherwise. A hint, never a finding.
 */
export function notFoundHint(counts: AnswerCounts): string | undefined {
  const { answers, notFound, url } = counts;
  if (answers < MIN_ANSWERS || notFound < answers * SHARE) return undefined;
  const pinned =
    counts.pinnedDocument === true
      ? "; no CONTRACT_SPEC was given, so the pinned Factory document was tested: set CONTRACT_SPEC to your API's document"
      : '';
  return `nearly every answer is 404 (${notFound} of ${answers}): the base URL or the document is probably wrong (requests went to ${url})${pinned}`;
}
