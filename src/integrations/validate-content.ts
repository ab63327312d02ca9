import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validateProject } from '../validation/index.ts';
import { formatReport } from '../validation/report.ts';

/**
 * Runs the content validator when a build starts, before Astro writes anything, so a content
 * mistake stops the build and the last good `dist/` stays as it was.
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'horizons:validate-content',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const result = validateProject(fileURLToPath(config.root));
        const report = formatReport(result);
        if (result.errors > 0) {
          console.error(report);
          throw new Error(
            `Content validation failed with ${result.errors} error(s); nothing was built and dist/ is unchanged. Fix the errors listed above.`,
          );
        }
        logger.info(report.split('\n').slice(-2).join(' '));
      },
    },
  };
}
