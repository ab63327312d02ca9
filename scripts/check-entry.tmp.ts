// Usage: cd /work/main && npx node scripts/check-entry.tmp.ts <collection> <file...>
// collection: principles outcomes lessons handouts activities caseStudies roleModels cpd
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { parse } from 'yaml';
import * as s from '../src/schemas/index.ts';
const [collection, ...files] = process.argv.slice(2);
const h = s.plainHelpers;
const map: Record<string, any> = {
  principles: s.principleSchema(), outcomes: s.outcomeSchema(), lessons: s.lessonSchema(h),
  handouts: s.handoutSchema(), activities: s.activitySchema(h), caseStudies: s.caseStudySchema(h),
  roleModels: s.roleModelSchema(h), cpd: s.cpdSchema(h),
};
let bad = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const data = f.endsWith('.yaml') ? parse(text) : parseFrontmatter(text).frontmatter;
  const r = map[collection!].safeParse(data);
  if (!r.success) { bad++; console.log('FAIL', f); for (const i of r.error.issues) console.log('  ', i.path.join('.'), i.message); }
  else {
    if (collection === 'lessons') {
      const sum = r.data.steps.reduce((a: number, st: any) => a + st.minutes, 0);
      if (sum !== r.data.duration) { bad++; console.log('FAIL', f, `steps add to ${sum}, duration ${r.data.duration}`); continue; }
    }
    console.log('ok  ', f);
  }
}
process.exit(bad ? 1 : 0);
