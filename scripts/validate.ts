// `npm run validate [-- --json]`: checks all content and exits 1 if anything must be fixed.
import { validateSnapshotFully } from '../src/validation/index.ts';
import { readContent } from '../src/validation/read-content.ts';
import { formatJson, formatReport } from '../src/validation/report.ts';

const result = await validateSnapshotFully(readContent(process.cwd()), new Date());
console.log(process.argv.includes('--json') ? formatJson(result) : formatReport(result));
process.exitCode = result.errors > 0 ? 1 : 0;
