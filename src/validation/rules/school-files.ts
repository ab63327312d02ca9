import { statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { schoolFile } from '../../lib/collection-sources.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Whether `path` exists under `root` and is a file, not a folder. */
function isFile(root: string, path: string): boolean {
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The files school.yaml names must exist: the logo is a file in public/, shown in every page's
 * header, and a path that names nothing leaves a broken picture on every page.
 */
export function checkSchoolFiles({ school, root }: ContentSnapshot): Problem[] {
  const logo = school?.logo?.trim();
  if (!logo) return [];
  const problem = (message: string, fix: string) => [
    error({ rule: 'school-files', file: schoolFile, field: 'logo', message, fix }),
  ];
  const example = 'e.g. save it as public/logo.svg and write `logo: /logo.svg`';
  // The site's security policy refuses pictures from other sites, so a web address never shows.
  if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(logo)) {
    return problem(
      `The logo must be a file in public/, not a web address (${logo}): the site does not load pictures from other sites.`,
      `Save the logo in the public/ folder and name it here, ${example}.`,
    );
  }
  const file = posix.normalize(posix.join('public', logo));
  if (!file.startsWith('public/') || !isFile(root, file)) {
    return problem(
      `There is no logo file ${file}: \`logo:\` names a file inside the public/ folder.`,
      `Put the logo in public/ under that name, or correct \`logo:\` to the file's name inside public/ (${example}); remove the line for no logo.`,
    );
  }
  return [];
}
