/** A page that can cite facts: its title, its site-relative path and its `facts:` list. */
export interface CitingPage {
  title: string;
  path: string;
  facts: readonly { id: string }[];
}

/** For each fact id, the pages that cite it, in the order the pages were given. */
export function pagesCitingFacts(pages: readonly CitingPage[]): Map<string, CitingPage[]> {
  const byFact = new Map<string, CitingPage[]>();
  for (const page of pages) {
    for (const { id } of page.facts) {
      const list = byFact.get(id) ?? [];
      if (!list.includes(page)) list.push(page);
      byFact.set(id, list);
    }
  }
  return byFact;
}
