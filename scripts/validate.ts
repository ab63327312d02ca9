// `npm run validate [-- --json]`: checks all content and exits 1 if anything must be fixed.
import { validateProject } from '../src/validation/index.ts';
import { formatJson, formatReport } from '../src/validation/report.ts';

const result = validateProject(process.cwd());
console.log(process.argv.includes('--json') ? formatJson(result) : formatReport(result));
process.exitCode = result.errors > 0 ? 1 : 0;
