// A small well-formedness check for the JUnit XML (no XML package in the project): balanced tags,
// quoted attributes, only the five predefined entities; returns the elements with their attributes.
export interface XmlElement { name: string; attributes: Record<string, string>; parent: string | null; text: string }

const ENTITY = /&(?!(amp|lt|gt|quot|apos);)/;

export function parseXml(xml: string): XmlElement[] {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = token.exec(body)) !== null) {
    position = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    if (text !== undefined) {
      if (ENTITY.test(text)) throw new Error(`bad entity in text near "${text.slice(0, 40)}"`);
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
      if (stack.length > 0) stack[stack.length - 1].text += decode(text);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (ENTITY.test(a[2])) throw new Error(`bad entity in attribute ${a[1]}`);
      if (a[1] in attributes) throw new Error(`duplicate attribute ${a[1]}`);
      attributes[a[1]] = decode(a[2]);
    }
    const element = { name, attributes, parent: stack.at(-1)?.name ?? null, text: '' };
    if (stack.length === 0 && elements.length > 0) throw new Error('more than one root element');
    elements.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (position !== body.length) throw new Error(`unexpected markup at offset ${position}: "${body.slice(position, position + 40)}"`);
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  return elements;
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
