import { yearPacksFolder } from './site-folders.ts';

/** Joins the site's base path and a site-relative path, keeping exactly one slash between. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return `${trimmedBase}${path.replace(/^\/+/, '')}`;
}

/** Site-relative paths for every kind of page, so links are built in one place. */
export const paths = {
  home: () => '',
  principles: () => 'principles/',
  principle: (id: string) => `principles/${id}/`,
  outcomes: () => 'outcomes/',
  outcome: (id: string) => `outcomes/${id}/`,
  years: () => 'years/',
  year: (year: number) => `years/${year}/`,
  lessons: () => 'lessons/',
  lesson: (id: string) => `lessons/${id}/`,
  lessonPresent: (id: string) => `lessons/${id}/present/`,
  lessonDocx: (id: string) => `lessons/${id}.docx`,
  lessonPptx: (id: string) => `lessons/${id}.pptx`,
  lessonFacet: (facet: string, value: string) => `lessons/by/${facet}/${value}/`,
  yearPack: (year: number) => `${yearPacksFolder}/${year}/`,
  programmeCsv: () => 'programme.csv',
  surveys: () => 'surveys/',
  survey: (group: string) => `surveys/${group}/`,
  surveyCsv: (group: string) => `surveys/${group}.csv`,
  parents: () => 'parents-and-carers/',
  accessibility: () => 'accessibility/',
  handout: (id: string) => `handouts/${id}/`,
  handoutDocx: (id: string) => `handouts/${id}.docx`,
  activities: () => 'activities/',
  activity: (id: string) => `activities/${id}/`,
  activityPresent: (id: string) => `activities/${id}/present/`,
  caseStudies: () => 'case-studies/',
  caseStudy: (id: string) => `case-studies/${id}/`,
  roleModels: () => 'role-models/',
  roleModel: (id: string) => `role-models/${id}/`,
  roleModelFacet: (facet: string, value: string) => `role-models/${facet}/${value}/`,
  cpdSessions: () => 'cpd/',
  cpdSession: (id: string) => `cpd/${id}/`,
  cpdPresent: (id: string) => `cpd/${id}/present/`,
  subjects: () => 'subjects/',
  subject: (id: string) => `subjects/${id}/`,
  subjectDocx: (id: string) => `subjects/${id}.docx`,
  subjectPptx: (id: string) => `subjects/${id}.pptx`,
  subjectPack: (id: string) => `${yearPacksFolder}/subjects/${id}/`,
  starter: (subject: string, id: string) => `subjects/${subject}/#${id}`,
  starterPresent: (subject: string, id: string) => `subjects/${subject}/present/${id}/`,
  coverage: () => 'coverage/',
  governorsSummary: () => 'governors-summary/',
  careersLeaders: () => 'careers-leaders/',
  entitlementTracker: () => 'entitlement-tracker.csv',
  readinessCheck: (id: string) => `readiness-checks/${id}/`,
  readinessCheckCsv: (id: string) => `readiness-checks/${id}.csv`,
  deliveryCsv: (academicYear: string) => `delivery/${academicYear}.csv`,
  facts: () => 'facts/',
  fact: (id: string) => `facts/#${id}`,
  benchmarks: () => 'benchmarks/',
  benchmark: (id: string) => `benchmarks/#${id}`,
  search: () => 'search/',
  about: () => 'about/',
  careersProgramme: () => 'careers-programme/',
  providerAccess: () => 'provider-access/',
};

/** A full link for a page in this build, under whatever base path the site is published at. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);
