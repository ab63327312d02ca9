import type { z } from 'astro/zod';
import type { routeSchema } from '../schemas/role-model.ts';

type Route = z.infer<typeof routeSchema>;

/** Each route as pupils read it; "T Level" keeps its capital, which a slug cannot carry. */
export const routeLabels: Record<Route, string> = {
  apprenticeship: 'Apprenticeship',
  'degree-apprenticeship': 'Degree apprenticeship',
  't-level': 'T Level',
  college: 'College course',
  degree: 'Degree',
  'employment-with-training': 'Job with training',
  'self-employment': 'Self-employment',
  'career-change': 'Career change',
};

/** "Apprenticeship: Level 3 pharmacy technician", one line per route. */
export const routeLine = ({ route, name }: { route: Route; name: string }): string =>
  `${routeLabels[route]}: ${name}`;
