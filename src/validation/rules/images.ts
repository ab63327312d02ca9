import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, posix } from 'node:path';
import sharp from 'sharp';
import { schoolFile } from '../../lib/collection-sources.ts';
import { bodyLinks } from '../body-links.ts';
import { error, type Problem } from '../problem.ts';
import type { ContentSnapshot } from '../snapshot.ts';

/** Formats the build can turn into the site's images (Astro's image service is sharp). */
const buildableFormats = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg']);

/** One image the site will publish: where it is, and which file and field name it. */
interface NamedImage {
  path: string;
  file: string;
  field: string;
}

/** Every image the content names: portraits, the logo, and pictures in bodies that are files. */
function namedImages({ entries, school, root }: ContentSnapshot): NamedImage[] {
  const images: NamedImage[] = [];
  for (const profile of entries.roleModels) {
    const { portrait } = profile.data;
    if (typeof portrait === 'string')
      images.push({
        path: join(root, dirname(profile.file), portrait),
        file: profile.file,
        field: 'portrait',
      });
  }
  if (school?.logo && !/^[a-z]+:/i.test(school.logo))
    images.push({ path: join(root, 'public', school.logo), file: schoolFile, field: 'logo' });
  for (const list of Object.values(entries)) {
    for (const entry of list) {
      for (const link of bodyLinks(entry.body)) {
        if (link.kind !== 'picture' || /^[a-z]+:|^\/\//i.test(link.address)) continue;
        const path = link.address.startsWith('/')
          ? join(root, 'public', link.address)
          : join(root, dirname(entry.file), posix.normalize(link.address));
        images.push({ path, file: entry.file, field: `body, picture ${link.address}` });
      }
    }
  }
  return images;
}

/** What is wrong with one image file, or nothing. sharp reads the file as the build will. */
async function imageProblem({ path, file, field }: NamedImage): Promise<Problem | undefined> {
  const name = path.split(/[\\/]/).pop() ?? path;
  if (!existsSync(path)) {
    // Missing portraits and logos have their own rules; a missing picture in a body does not.
    if (!field.startsWith('body')) return undefined;
    return error({
      rule: 'image',
      file,
      field,
      message: `The picture ${name} does not exist, so the page cannot be built.`,
      fix: 'Upload the picture next to this file (or into public/ for an address starting /), or correct its name.',
    });
  }
  try {
    const { format } = await sharp(readFileSync(path)).metadata();
    if (format && buildableFormats.has(format)) return undefined;
    return error({
      rule: 'image',
      file,
      field,
      message: `${name} is a ${format ?? 'kind of'} image the site cannot publish.`,
      fix: 'Save it as a JPG, PNG or WebP (in most photo apps: Export or Save as) and use that file.',
    });
  } catch {
    return error({
      rule: 'image',
      file,
      field,
      message: `${name} is not a picture the site can read${extname(name) ? `, whatever its ${extname(name)} name says` : ''}.`,
      fix: 'Open it in a photo app and save it again as a JPG or PNG, or choose another picture.',
    });
  }
}

/**
 * Opens every image the content names with sharp, the library the build uses, so a file that is
 * missing, not really an image, or in a format the build cannot process stops the build before
 * anything is written, with the file and field named.
 */
export async function checkImages(snapshot: ContentSnapshot): Promise<Problem[]> {
  const problems = await Promise.all(namedImages(snapshot).map(imageProblem));
  return problems.filter((p): p is Problem => p !== undefined);
}
