import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schoolFile } from '../../lib/collection-sources.ts';
import { bodyLinks, type BodyLink } from '../body-links.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot, Entry } from '../snapshot.ts';

/** The kinds of address a page may link to; anything else (`javascript:`, `data:`…) is refused. */
const allowedKinds = new Set(['https', 'http', 'mailto', 'tel']);

/** Browsers skip spaces and control characters around an address. */
const trimmed = (text: string) => {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end -= 1;
  return text.slice(start, end);
};

/**
 * Why an address may not be linked to, or undefined if it may: web, email and phone addresses,
 * and paths on this site (`lessons/…`, `/lessons/…`, `#top`). Read as a browser reads it, which
 * ignores tabs and line breaks anywhere in it (a tab inside `javascript:` changes nothing) and
 * takes `\` for `/`.
 */
export function unsafeAddress(address: string): string | undefined {
  const cleaned = trimmed(address.replace(/[\t\n\r]/g, '')).replaceAll('\\', '/');
  const kind = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (kind) {
    return allowedKinds.has(kind)
      ? undefined
      : `a \`${kind}:\` address, which can run code or open files instead of showing a page`;
  }
  // `//host/page` is another site, with no `https:` to say so.
  if (cleaned.startsWith('//')) {
    return 'an address starting `//`, which leaves out the `https:` before another site';
  }
  return undefined;
}

const fix =
  "Links and pictures may only use web addresses (https://…), email addresses (mailto:…), phone numbers (tel:…) or this site's own pages (/lessons/…): remove it, or write the page's full address starting https://.";

/** The file line a body line is on; undefined when the body is not the end of the file on disk. */
function fileLine(root: string, entry: Entry, bodyLine: number): number | undefined {
  try {
    const text = readFileSync(join(root, entry.file), 'utf8');
    if (!text.endsWith(entry.body)) return undefined;
    return text.slice(0, text.length - entry.body.length).split('\n').length + bodyLine - 1;
  } catch {
    return undefined;
  }
}

const shown = (address: string) => (address.length > 80 ? `${address.slice(0, 77)}…` : address);

function bodyProblems(root: string, entry: Entry): Problem[] {
  return bodyLinks(entry.body).flatMap(({ kind, address, line }: BodyLink) => {
    const why = unsafeAddress(address);
    if (!why) return [];
    const at = fileLine(root, entry, line);
    return [
      error({
        rule: 'safe-links',
        file: entry.file,
        field: at === undefined ? 'body' : `body, line ${at}`,
        message: `The ${kind} ${kind === 'link' ? 'to' : 'from'} \`${shown(address)}\` is not allowed: it is ${why}.`,
        fix,
      }),
    ];
  });
}

function fieldProblem(file: string, field: string, address: unknown): Problem[] {
  const why = typeof address === 'string' ? unsafeAddress(address) : undefined;
  if (!why) return [];
  return [
    error({
      rule: 'safe-links',
      file,
      field,
      message: `The address \`${shown(String(address))}\` is not allowed: it is ${why}.`,
      fix: 'Give the full web address of the page, starting https://.',
    }),
  ];
}

/**
 * A link is only as safe as where it goes: a `javascript:` or `data:` address runs on the school's
 * own site when clicked, and `file:` or `vbscript:` ones open things on the reader's computer.
 * Every link and picture in a content body, each fact's source and the school's website may only
 * go to the web, an email address, a phone number or this site's own pages.
 */
export function checkSafeLinks({ entries, school, root }: ContentSnapshot): Problem[] {
  const bodies = Object.values(entries)
    .flat()
    .filter((entry) => entry.body.trim())
    .flatMap((entry) => bodyProblems(root, entry));
  const sources = entries.facts.flatMap((fact) =>
    fieldProblem(
      fact.file,
      fact.field ? `${fact.field}.source.url` : 'source.url',
      fact.data.source.url,
    ),
  );
  const website = school ? fieldProblem(schoolFile, 'website', school.website) : [];
  return [...bodies, ...sources, ...website];
}
