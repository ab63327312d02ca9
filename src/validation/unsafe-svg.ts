/*
 * Why regular expressions and not an XML parser: no XML parser is one of the project's own
 * dependencies (sax is in node_modules only because Astro's svgo uses it, and could leave with any
 * Astro update), and a parser answers a different question. It says what an XML reader sees, but
 * a browser that opens the file as HTML, or a CDATA section or comment that a parser skips, can
 * still hold a `<script>`. Looking for the dangerous parts anywhere in the text is stricter: a
 * plain drawing (shapes, colours, gradients, a title) never contains any of them, so being strict
 * costs a school nothing, while missing one could let a picture run code as the school's site.
 */

/** One dangerous part of an SVG: what it is, in a teacher's words, and the text that showed it. */
export interface SvgFinding {
  what: string;
  found: string;
}

/** Long addresses are cut short in messages; the start is enough to find them in the file. */
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const namedCharacters: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** XML character references (`&#117;`, `&#x75;`, `&amp;`) as the characters a reader sees. */
const decodeXml = (text: string) =>
  text.replace(/&(?:#x([\da-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (ref, hex, decimal, name) => {
    if (name) return namedCharacters[name.toLowerCase()] ?? ref;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });

/** CSS escapes (`u\72 l(` is `url(`) as the characters a browser's style reader sees. */
const decodeCss = (text: string) =>
  text
    .replace(/\\\r?\n/g, '')
    .replace(/\\([\da-f]{1,6})[ \t\r\n]?|\\(.)/gi, (escape, hex, char) => {
      if (char !== undefined) return char;
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : escape;
    });

// A tag name may carry a namespace prefix (`<svg:script>`), which changes nothing.
const prefix = String.raw`(?:[\w.-]+:)?`;
// An attribute starts after a space, a quote or a slash (`<svg/onload=…>` works in HTML).
const attributeStart = String.raw`(?<=[\s"'/])`;
const attributeValue = String.raw`\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`;

/** Parts found by a tag or keyword alone. */
const markers: { pattern: RegExp; what: string }[] = [
  { pattern: new RegExp(`<${prefix}script\\b`, 'gi'), what: 'a script' },
  {
    pattern: new RegExp(`<${prefix}(?:foreignObject|iframe|embed|object)\\b`, 'gi'),
    what: 'a window that shows a web page or another file inside the drawing',
  },
  { pattern: /<!ENTITY/gi, what: 'a declaration that can pull in another file' },
  { pattern: /<\?xml-stylesheet/gi, what: 'a style sheet from another file' },
  {
    // `:` too, for a handler given a namespace prefix (`ev:onclick=`).
    pattern: new RegExp(`(?<=[\\s"'/:])on[a-z][\\w.-]*\\s*=`, 'gi'),
    what: 'code that runs when the drawing is opened, pointed at or clicked',
  },
  {
    pattern: new RegExp(
      `attributeName\\s*=\\s*["']?\\s*${prefix}(?:href|src|on[a-z][\\w.-]*)\\b["']?`,
      'gi',
    ),
    what: 'an animation that changes a link or adds code',
  },
];

const linkAttribute = new RegExp(`${attributeStart}${prefix}(?:href|src)${attributeValue}`, 'gi');
const cssAddress = /\b(url|src)\(\s*["']?\s*([^"')\s]*)/gi;

/** Every dangerous part of an SVG's text, in the order of the kinds above, each once. */
export function unsafeSvgParts(svg: string): SvgFinding[] {
  const findings: SvgFinding[] = [];
  const add = (what: string, found: string) => {
    if (!findings.some((f) => f.what === what && f.found === found)) {
      findings.push({ what, found: shown(found) });
    }
  };
  for (const { pattern, what } of markers) {
    for (const [found] of svg.matchAll(pattern)) add(what, found);
  }
  for (const match of svg.matchAll(linkAttribute)) {
    const value = decodeXml(match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (!value.startsWith('#')) add('a link to another file or site', match[0]);
  }
  // Styles can hide an address behind character references or CSS escapes; read them decoded.
  const styles = decodeCss(decodeXml(svg));
  for (const match of styles.matchAll(cssAddress)) {
    const [, name, address = ''] = match;
    if (!address.startsWith('#')) {
      add('a picture or font taken from another file or site', `${name}(${address})`);
    }
  }
  for (const [found] of styles.matchAll(/@import\b|\bimage-set\(/gi)) {
    add('a style sheet or picture from another file', found);
  }
  return findings;
}
