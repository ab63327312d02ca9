// `node scripts/fingerprint-sources.ts [seeds folder]`: stores fingerprints of every 12-word run in
// the source documents, so the originality test can run anywhere (forks included) without the
// sources themselves, most of which may not be republished.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shingles } from '../src/lib/originality/shingles.ts';

const seeds = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'seeds');
const hashes = new Set<string>();
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
  for (const { hash } of shingles(readFileSync(join(seeds, file), 'utf8'))) hashes.add(hash);
}
const out = join(process.cwd(), 'tests', 'fixtures', 'source-fingerprints.txt');
writeFileSync(out, `${[...hashes].sort().join('\n')}\n`);
console.log(`Wrote ${hashes.size} fingerprints to ${out}`);
