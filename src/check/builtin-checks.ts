import { authenticationEnforced } from './builtin/authentication-enforced.ts';
import { authorizationEnforced } from './builtin/authorization-enforced.ts';
import { bearerSchemeCaseInsensitive } from './builtin/bearer-scheme-case-insensitive.ts';
import { contentTypeConformance } from './builtin/content-type-conformance.ts';
import { negativeDataRejection } from './builtin/negative-data-rejection.ts';
import { notAServerError } from './builtin/not-a-server-error.ts';
import { positiveDataAcceptance } from './builtin/positive-data-acceptance.ts';
import { problemStatusMatches } from './builtin/problem-status-matches.ts';
import { refusedRequestMintsNothing } from './builtin/refused-request-mints-nothing.ts';
import { responseHeadersConformance } from './builtin/response-headers-conformance.ts';
import { responseSchemaConformance } from './builtin/response-schema-conformance.ts';
import { responseTimeLimit } from './builtin/response-time-limit.ts';
import { responseTimely } from './builtin/response-timely.ts';
import { secretNotInErrorBody } from './builtin/secret-not-in-error-body.ts';
import { statusCodeConformance } from './builtin/status-code-conformance.ts';
import { unknownResourceNotFound } from './builtin/unknown-resource-not-found.ts';
import type { Check } from './types.ts';

/**
 * Every built-in check, in report order: HTTP basics, schema conformance, expectations, description. Checks
 * of a domain (minted keys) come with their extension and join these in the session's registry.
 */
export const builtinChecks: readonly Check[] = [
  notAServerError,
  statusCodeConformance,
  contentTypeConformance,
  responseSchemaConformance,
  responseHeadersConformance,
  problemStatusMatches,
  positiveDataAcceptance,
  negativeDataRejection,
  authenticationEnforced,
  authorizationEnforced,
  unknownResourceNotFound,
  bearerSchemeCaseInsensitive,
  responseTimely,
  responseTimeLimit,
  secretNotInErrorBody,
  refusedRequestMintsNothing,
];
