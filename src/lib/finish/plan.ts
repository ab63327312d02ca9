import { z } from 'astro/zod';

/** What the steps after Astro's pages need: where the new site is, where it goes, and its base. */
export const finishPlanSchema = z.object({
  /** The staging folder Astro wrote the pages, documents and headers into. */
  stagingDir: z.string().min(1),
  /** The published folder (`dist/`) the finished site replaces. */
  finalDir: z.string().min(1),
  /** The site's base path (`/` or `/careers/`), for the service worker's precache list. */
  base: z.string().default('/'),
  /**
   * The lessons' Word and PowerPoint jobs, saved by Astro's process for the build script
   * (`saveDocumentJobs`); empty when the jobs are passed in memory or there are none.
   */
  documentsFile: z.string().default(''),
  /** What search leaves out. */
  search: z.object({
    /** Top-level folders whose pages repeat others, such as the year packs. */
    skip: z.array(z.string()).default([]),
    /** A folder inside each entry (`lessons/<id>/present/`) left out likewise; none if empty. */
    skipInEntries: z.string().default(''),
  }),
});

export type FinishPlan = z.infer<typeof finishPlanSchema>;
export type SearchScope = FinishPlan['search'];
