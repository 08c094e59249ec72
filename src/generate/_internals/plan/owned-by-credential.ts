import { fromPointer } from '../../../core/json-pointer.ts';
import type { CaseCredentials, Reason } from '../../types.ts';

/**
 * True when a case's reason is about a parameter that sits where one of its credentials goes (a document
 * declaring `X-API-Key` as a header parameter too): the http layer sends the credential there instead, so
 * the invalid value never leaves and nothing about it can be judged.
 */
export function ownedByCredential(
  reason: Reason | undefined,
  credentials: CaseCredentials | undefined,
): boolean {
  if (reason === undefined || credentials === undefined) return false;
  const { location } = reason;
  if (location !== 'header' && location !== 'query' && location !== 'cookie') return false;
  const name = reason.property ?? fromPointer(reason.instancePath)[0] ?? '';
  const same = (other: string): boolean =>
    location === 'header' ? other.toLowerCase() === name.toLowerCase() : other === name;
  return credentials.schemes.some(({ placement }) =>
    placement.kind === 'bearer' || placement.kind === 'basic'
      ? location === 'header' && same('authorization')
      : placement.kind === location && same(placement.name),
  );
}
