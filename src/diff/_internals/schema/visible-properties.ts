import { isRecord } from '../../../spec/_internals/is-record.ts';
import type { SchemaNode } from './merge-schemas.ts';
import type { SchemaView } from './schema-view.ts';

/**
 * The properties a side of the exchange sees: requests leave readOnly properties out (clients do not
 * send them), responses leave writeOnly ones out. A property that becomes readOnly is gone for requests.
 */
export function visibleProperties(schema: SchemaNode, view: SchemaView): Map<string, unknown> {
  const hidden = view.context === 'request' ? 'readOnly' : 'writeOnly';
  const properties = isRecord(schema.properties) ? schema.properties : {};
  return new Map(
    Object.entries(properties).filter(([, property]) => view.resolve(property).schema[hidden] !== true),
  );
}
