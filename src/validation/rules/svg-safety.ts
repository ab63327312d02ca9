import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { schoolFile } from '../../lib/collection-sources.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';
import { unsafeSvgParts } from '../unsafe-svg.ts';

/** An SVG the site publishes: the file, relative to the project root, and where it is named. */
interface PublishedSvg {
  file: string;
  /** What the picture is, for the message, e.g. "The school logo (`logo:` in content/school.yaml)". */
  role: string;
}

const isSvg = (path: string) => /\.svg$/i.test(path);

/** The portraits role models name and the school's logo, where they are SVG files that exist. */
function publishedSvgs({ entries, school, root }: ContentSnapshot): PublishedSvg[] {
  const portraits = entries.roleModels.flatMap((profile): PublishedSvg[] => {
    const { portrait } = profile.data;
    if (typeof portrait !== 'string' || !isSvg(portrait)) return [];
    const file = posix.normalize(posix.join(posix.dirname(profile.file), portrait));
    return [{ file, role: `The portrait named in ${profile.file}` }];
  });
  const logo =
    school?.logo && isSvg(school.logo)
      ? [
          {
            file: posix.normalize(posix.join('public', school.logo)),
            role: `The school logo (\`logo:\` in ${schoolFile})`,
          },
        ]
      : [];
  const seen = new Set<string>();
  return [...portraits, ...logo].filter(({ file }) => {
    if (seen.has(file) || !existsSync(join(root, file))) return false;
    seen.add(file);
    return true;
  });
}

/**
 * An SVG is a small web page as well as a picture: opened from the site on its own, a script in
 * it runs as the school's site, and a link in it can fetch things from anywhere. Horizons' own
 * drawings are plain shapes, so anything more is refused, naming what was found.
 */
export function checkSvgSafety(snapshot: ContentSnapshot): Problem[] {
  return publishedSvgs(snapshot).flatMap(({ file, role }) => {
    const findings = unsafeSvgParts(readFileSync(join(snapshot.root, file), 'utf8'));
    if (findings.length === 0) return [];
    const list = findings.map(({ what, found }) => `${what} (\`${found}\`)`).join('; ');
    return [
      error({
        rule: 'svg-safety',
        file,
        field: '(whole file)',
        message: `${role} contains ${list}. Anyone opening the picture would run or load these as if they came from your site.`,
        fix: 'Remove the script, code, embedded content and links to other files from the SVG, or export the drawing again as a plain SVG (in Inkscape: Save As, then "Plain SVG"; in Illustrator: Export As, then SVG).',
      }),
    ];
  });
}
