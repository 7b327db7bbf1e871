// GeoReport v2 XML: a root element holding flat records (<services><service>…, <service_requests><request>…,
// <errors><error>…), UTF-8, no namespace (spec, "XML Support"). The records are flat fields of text, numbers and
// booleans, so a small serializer that escapes every value does; null is an empty element, undefined leaves the
// field out (as the JSON does).

export type XmlField = string | number | boolean | null | undefined;
export type XmlRecord = Readonly<Record<string, XmlField>>;

const NAME = /^[a-z_][a-z0-9_]*$/;
// Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function element(name: string, value: XmlField): string {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${JSON.stringify(name)}`);
  if (value === undefined) return '';
  if (value === null || value === '') return `<${name}/>`;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${name}: not a finite number`);
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function recordXml(item: string, record: XmlRecord): string {
  const fields = Object.entries(record)
    .map(([k, v]) => element(k, v))
    .filter((s) => s !== '')
    .map((s) => `    ${s}\n`)
    .join('');
  return `  <${item}>\n${fields}  </${item}>\n`;
}

/** `<?xml …?><root><item>…</item>…</root>`, e.g. georeportXml('service_requests', 'request', requests). */
export function georeportXml(root: string, item: string, records: readonly XmlRecord[]): string {
  if (!NAME.test(root) || !NAME.test(item)) throw new Error(`not an XML element name: ${root}/${item}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>\n${records.map((r) => recordXml(item, r)).join('')}</${root}>\n`;
}
