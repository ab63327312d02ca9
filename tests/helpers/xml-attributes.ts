/** Every value of `attribute` on `element` tags in some XML, in document order. */
export const attributeValues = (xml: string, element: string, attribute: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );
