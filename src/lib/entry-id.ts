/**
 * The id of a content entry: its file name without the extension. Astro's default slugs the
 * whole path, which would turn "5.4.yaml" into "54"; outcome codes need their dot, and a
 * lesson keeps the same id if it moves between year folders.
 */
export function entryIdFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(mdx|md|ya?ml|json)$/i, '');
}
