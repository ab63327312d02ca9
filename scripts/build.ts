// `npm run build`: Astro builds the pages into a staging folder; then, once Astro has exited and
// its memory is free, this process makes the search index, the lessons' Word and PowerPoint files
// and the service worker, and publishes the site (lib/finish/). Pagefind indexing beside Astro's
// live heap needed 1.75 GB more at 2,000 lessons. `astro build` alone finishes in its own process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishBuild } from '../src/lib/finish/finish-build.ts';
import { FINISH_LATER, readHandoff } from '../src/lib/finish/handoff.ts';
import { loadDocumentJobs } from '../src/lib/finish/write-documents.ts';

const handoffDir = mkdtempSync(join(tmpdir(), 'horizons-build-'));
const handoff = join(handoffDir, 'finish.json');
const time = () => new Date().toTimeString().slice(0, 8);
const log = {
  info: (message: string) => console.log(`${time()} [horizons:finish] ${message}`),
  warn: (message: string) => console.warn(`${time()} [WARN] [horizons:finish] ${message}`),
};

try {
  const astro = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [FINISH_LATER]: handoff } },
  );
  if (astro.status !== 0) {
    // Astro has already said what went wrong and removed its staging folder.
    process.exitCode = astro.status ?? 1;
  } else {
    const plan = readHandoff(handoff);
    const documents = plan.documentsFile ? loadDocumentJobs(plan.documentsFile) : undefined;
    await finishBuild(plan, documents, log);
  }
} catch (error) {
  console.error(`${time()} [ERROR] [horizons:finish] ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(handoffDir, { recursive: true, force: true });
}
