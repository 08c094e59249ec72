/** A parsed XML element: enough of XML for checking reports, strict about well-formedness. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const TAG = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/y;

function decode(text: string, where: string): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${where}`);
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(name);
    if (numeric?.[1] !== undefined)
      return String.fromCodePoint(Number(numeric[1].startsWith('x') ? `0${numeric[1]}` : numeric[1]));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity &${name}; in ${where}`);
    return value;
  });
}

function attributesOf(raw: string, where: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of raw.matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) {
    const [, name = '', value = ''] = match;
    if (name in attributes) throw new Error(`duplicate attribute ${name} in ${where}`);
    attributes[name] = decode(value, `${where}@${name}`);
  }
  return attributes;
}

/** Applies one tag at `next` to the open elements; returns where parsing goes on. */
function applyTag(body: string, next: number, stack: XmlElement[]): number {
  TAG.lastIndex = next;
  const match = TAG.exec(body);
  if (match === null) throw new Error(`malformed markup at offset ${next}: ${body.slice(next, next + 40)}`);
  const [whole, closing, name = '', raw = '', selfClosing] = match;
  if (closing) {
    const open = stack.pop();
    if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
  } else {
    const element: XmlElement = { name, attributes: attributesOf(raw, name), children: [], text: '' };
    stack[stack.length - 1]?.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return next + whole.length;
}

function onlyRoot(document: XmlElement, stack: XmlElement[]): XmlElement {
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name ?? '?'}>`);
  const [element, ...others] = document.children;
  if (element === undefined || others.length > 0 || document.text.trim() !== '')
    throw new Error('not exactly one root element');
  return element;
}

/** Parses an XML document (declaration, elements, attributes, text, entities); throws on malformed input. */
export function parseXml(xml: string): XmlElement {
  if (NOT_XML.test(xml)) throw new Error('a character XML 1.0 does not allow');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const document: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [document];
  let at = 0;
  while (at < body.length) {
    const next = body.indexOf('<', at);
    const text = body.slice(at, next === -1 ? body.length : next);
    const parent = stack[stack.length - 1] ?? document;
    parent.text += decode(text, parent.name);
    if (next === -1) break;
    at = applyTag(body, next, stack);
  }
  return onlyRoot(document, stack);
}
