import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateSnapshotFully } from '../validation/index.ts';
import { readContent } from '../validation/read-content.ts';
import { formatReport } from '../validation/report.ts';
import type { ContentHolder } from './content-holder.ts';
import { validateWhileEditing } from './validate-content-dev.ts';

/**
 * Runs the content validator when a build starts (and, in `npm run dev`, whenever content
 * changes), before Astro writes anything, so a content
 * mistake stops the build and the last good `dist/` stays as it was. Valid content goes into
 * `content` for integrations that build from it later.
 */
export function validateContent(content: ContentHolder): AstroIntegration {
  let root = '';
  return {
    name: 'horizons:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const snapshot = readContent(root);
        const result = await validateSnapshotFully(snapshot, new Date());
        const report = formatReport(result);
        if (result.errors > 0) {
          console.error(report);
          logger.error(
            `Content validation failed with ${result.errors} error(s); nothing was published and the last good site is unchanged. Fix the errors listed above.`,
          );
          // The report says everything a teacher needs; a thrown error would add a stack trace.
          process.exit(1);
        }
        content.set(snapshot);
        logger.info(report.split('\n').slice(-2).join(' '));
      },
      'astro:server:setup': (setup) => validateWhileEditing(setup, root),
    },
  };
}
