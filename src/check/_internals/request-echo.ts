import type { SentRequest } from '../../http/types.ts';

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Whether a string of an answer was in the request (body, URL or headers, in any of their forms): an echo
 * of what the run sent, say a rejected name, is no secret of the server's.
 */
export function requestEcho(request: SentRequest): (candidate: string) => boolean {
  const text = [
    request.bodyText ?? '',
    request.url,
    decoded(request.url),
    ...Object.values(request.headers),
  ].join('\n');
  return (candidate) => text.includes(candidate) || text.includes(JSON.stringify(candidate).slice(1, -1));
}
