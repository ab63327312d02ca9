import type { AstroIntegration } from 'astro';
import { validateSnapshotFully } from '../validation/index.ts';
import { readContent } from '../validation/read-content.ts';
import { formatReport } from '../validation/report.ts';

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];

/** Folders whose files are content: a change to one reruns the checker. */
const contentFolders = /[\\/](content|lessons|case-studies)[\\/]/;

/**
 * While a school edits with `npm run dev`, reruns the checker whenever a content file changes,
 * prints its report in the terminal and shows its errors over the page in the browser (Vite's
 * error overlay), so a mistake is seen as it is saved rather than at the next build.
 */
export function validateWhileEditing({ server, logger }: ServerSetup, root: string): void {
  let errorsReport = '';
  const showOverlay = () => {
    if (!errorsReport) return;
    server.hot.send({
      type: 'error',
      err: {
        message: `The content checker found problems. Fix them and save; this notice goes away.\n\n${errorsReport}`,
        stack: '',
        plugin: 'horizons:validate-content',
      },
    });
  };
  const check = async () => {
    const result = await validateSnapshotFully(readContent(root), new Date());
    const report = formatReport(result);
    errorsReport = result.errors > 0 ? report : '';
    if (result.errors > 0) {
      logger.error(`\n${report}`);
      showOverlay();
    } else {
      logger.info(report.split('\n').slice(-2).join(' '));
    }
  };
  void check();
  server.watcher.on('all', (_event, path) => {
    if (contentFolders.test(path)) void check();
  });
  // A page opened after the problem was found still gets the notice.
  server.hot.on('vite:client:connect', showOverlay);
}
