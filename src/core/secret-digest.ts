import { createHash } from 'node:crypto';

/** A one-way stand-in for a secret, to compare values later without keeping them where they could be shown. */
export function secretDigest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
