/** Anything that cites facts from the register: a page, a content file. */
export interface FactCiter {
  facts: readonly { id: string }[];
}

/** A page that can cite facts: its title, its site-relative path and its `facts:` list. */
export interface CitingPage extends FactCiter {
  title: string;
  path: string;
}

/** For each fact id, whatever cites it (pages, files), each once, in the order given. */
export function citersOfFacts<C extends FactCiter>(citers: readonly C[]): Map<string, C[]> {
  const byFact = new Map<string, C[]>();
  for (const citer of citers) {
    for (const { id } of citer.facts) {
      const list = byFact.get(id) ?? [];
      if (!list.includes(citer)) list.push(citer);
      byFact.set(id, list);
    }
  }
  return byFact;
}
