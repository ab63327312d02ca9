import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
const f = process.argv[2];
const { frontmatter, content } = parseFrontmatter(readFileSync(f,'utf8'));
const vals = [];
const walk = (v) => { if (typeof v === 'string') vals.push(v); else if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(walk); };
walk(frontmatter);
const count = (s) => s.split(/\s+/).filter(w => /[A-Za-z0-9£]/.test(w)).length;
console.log(f, 'frontmatter', count(vals.join(' ')), 'body', count(content), 'total', count(vals.join(' '))+count(content));
