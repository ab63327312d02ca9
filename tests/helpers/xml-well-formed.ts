/**
 * The first well-formedness fault in an XML string (unbalanced or crossed tags, a stray `<` or
 * `&`), or undefined. Enough to catch a builder that forgets to close or escape something.
 */
export function xmlFault(xml: string): string | undefined {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const open: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  for (let i = 0; i < body.length;) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt < 0 ? undefined : lt);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(text))
      return `unescaped & near "${text.slice(0, 40)}"`;
    if (text.includes('>')) return `stray > near "${text.slice(0, 40)}"`;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const match = tag.exec(body);
    if (!match) return `malformed tag near "${body.slice(lt, lt + 40)}"`;
    const [whole, closing, name, , selfClosing] = match;
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes the wrong element`;
    } else if (!selfClosing) open.push(name ?? '');
    i = lt + whole.length;
  }
  return open.length > 0 ? `<${open.at(-1)}> is never closed` : undefined;
}
