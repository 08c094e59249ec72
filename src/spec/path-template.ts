import { percentEncode } from '../core/percent-encode.ts';

/** A path template (`/things/{thingId}`) read once: its parameter names in order, and a pattern for paths. */
export interface PathTemplate {
  names: string[];
  /** Matches the path part of a URL; one capture group per name. Unanchored: the caller anchors it. */
  source: string;
}

/** One path value as a URL segment; `.` and `..` alone would be dot segments that clients and routers collapse. */
function encodePathValue(value: string): string {
  const encoded = percentEncode(value);
  return value === '.' || value === '..' ? encoded.replace(/\./g, '%2E') : encoded;
}

/**
 * Path templates, both ways: expanding one with values (what a client sends) and reading values back from a
 * path (what a server, or a replay, receives). One reading of `{name}` for the client, the mock and replays.
 */
export const pathTemplate = {
  /** `/things/{id}` with `{id: 'a b'}` -> `/things/a%20b`; a parameter without a value stays `{id}`. */
  expand(template: string, params: Readonly<Record<string, string>>): string {
    return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : encodePathValue(value);
    });
  },

  compile(template: string): PathTemplate {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([^/]+)';
      })
      .join('');
    return { names, source };
  },

  /** The values a path gives the names, percent-decoded; undefined when one is not valid percent-encoding. */
  values(compiled: PathTemplate, match: RegExpExecArray): Record<string, string> | undefined {
    try {
      return Object.fromEntries(
        compiled.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
      );
    } catch {
      return undefined;
    }
  },
};
