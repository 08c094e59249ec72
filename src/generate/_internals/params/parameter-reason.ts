import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { ParameterLocation } from '../../../spec/types.ts';
import type { Reason } from '../../types.ts';

/**
 * A parameter's reason, rewritten from its own schema to the location's parameters seen as one object
 * (`{limit: 5, q: "a"}` for the query): `#/maximum` at `` becomes `#/properties/limit/maximum` at `/limit`,
 * so reasons of two parameters never look alike and group apart. Words start with the location.
 */
export function parameterReason(reason: Reason, location: ParameterLocation, name: string): Reason {
  const key = escapePointerSegment(name);
  return {
    ...reason,
    schemaPath: `#/properties/${key}${reason.schemaPath.replace(/^#/, '')}`,
    instancePath: `/${key}${reason.instancePath}`,
    description: `${location} parameter ${reason.description}`,
  };
}

/** A required parameter left out: `required` of the location's parameters object. */
export function missingParameterReason(location: ParameterLocation, name: string): Reason {
  return {
    location,
    keyword: 'required',
    schemaPath: '#/required',
    instancePath: '',
    property: name,
    description: `${location} parameter ${name} is missing (required)`,
  };
}
