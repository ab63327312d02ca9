import { z } from 'astro/zod';
import { dateSchema, textSchema } from './common.ts';
import { shortTextSchema } from './short-text.ts';

/** A colour written as #rrggbb. */
const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Write the colour as # and six hex digits, e.g. #1d4f91.');

/** What to write when the Careers Leader's telephone number can't be read as one. */
const phoneAdvice = 'give a telephone number, e.g. 01632 960000; put it in quotes.';

/**
 * Whether `text` could be a UK telephone number: digits, spaces and brackets, either 10 or 11
 * digits starting 0 or +44 then 9 or 10 digits. Parents tap it to call, so "ask at reception"
 * or +44 (0)… (which dials the 0 too) would publish a number that does not work.
 */
export function isUkPhoneNumber(text: string): boolean {
  const number = text.trim();
  if (!/^(\+44)?[\d ()]+$/.test(number)) return false;
  const digits = number.replace(/\D/g, '');
  return number.startsWith('+44') ? /^44[1-9]\d{8,9}$/.test(digits) : /^0\d{9,10}$/.test(digits);
}

/** The Careers Leader's work telephone number, in quotes so YAML keeps its leading 0. */
const phoneSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : phoneAdvice) })
  .trim()
  .refine(isUkPhoneNumber, {
    message: phoneAdvice,
    params: {
      fix: 'Write the number with its area code, in digits and spaces, in quotes, e.g. phone: "01632 960000" (or "+44 1632 960000").',
    },
  });

/** One strand of the careers vision: a name and what it means for pupils. */
const visionStrandSchema = z.strictObject({
  /** The strand's name, one to three words, e.g. "Explore". */
  title: shortTextSchema(40, 'A strand’s title'),
  /** What the strand means for pupils, in a sentence. */
  text: shortTextSchema(300, 'A strand’s text'),
});

/**
 * The school's careers vision: a statement and up to four strands. Strict, so a misspelt field
 * inside it is reported rather than dropped (the file-level check sees only top-level fields).
 */
export const visionSchema = z.strictObject({
  /** The vision in a sentence or two. */
  statement: shortTextSchema(400, 'The vision statement'),
  /** Up to four strands, each with a title and a sentence; leave out for none. */
  strands: z.array(visionStrandSchema).max(4).default([]),
});

/** The publishing school's details, `content/school.yaml`. A fork edits this first. */
export const schoolSchema = () =>
  z.object({
    /** The school's full name. */
    name: textSchema,
    /** The site's name, in the header and every page title, e.g. "Riverside Careers"; Horizons is credited in the footer. */
    siteName: textSchema.default('Horizons'),
    /** Whether the example school is fictional; a real school sets this to false. */
    fictional: z.boolean().default(false),
    /** The school's phase. */
    phase: z.enum(['primary', 'secondary', 'all-through', 'special', 'pupil-referral-unit']),
    /** Whether the school has a sixth form (Years 12 and 13). */
    sixthForm: z.boolean(),
    /** The public web address the site will be published at, e.g. https://example.sch.uk/careers/. */
    website: z.url().optional(),
    /** Path of the logo in `public/`, e.g. /logo.svg; leave out for none. */
    logo: z.string().optional(),
    /** Brand colours; checked for contrast against white text. */
    colours: z
      .object({
        /** Main colour (header background). */
        primary: hexColour.default('#1d4f91'),
        /** Accent colour (links and highlights). */
        accent: hexColour.default('#8a2a63'),
      })
      .default({ primary: '#1d4f91', accent: '#8a2a63' }),
    /** The Careers Leader, who parents and providers contact. */
    careersLeader: z.object({
      /** Full name. */
      name: textSchema,
      /** Work email address. */
      email: z.email(),
      /** Work telephone number, in quotes, e.g. "01632 960000" or "+44 1632 960000". */
      phone: phoneSchema,
    }),
    /** A plain-words summary of the careers programme. */
    programmeSummary: textSchema,
    /** The careers vision, shown first on the careers programme page; leave out for none. */
    vision: visionSchema.optional(),
    /** How each audience can find out about the programme. */
    access: z.object({
      /** How pupils find out about it. */
      pupils: textSchema,
      /** How parents and carers find out about it. */
      parentsAndCarers: textSchema,
      /** How teachers find out about it. */
      teachers: textSchema,
      /** How employers and providers find out about it. */
      employers: textSchema,
    }),
    /** How the school measures and assesses the programme's impact. */
    impactMeasurement: textSchema,
    /** When the published information will next be reviewed (YYYY-MM-DD). */
    nextReview: dateSchema,
    /** When the school last checked its accessibility statement (YYYY-MM-DD); leave out until it has. */
    accessibilityChecked: dateSchema.optional(),
    /** The provider access policy details. */
    providerAccess: z.object({
      /** Who providers contact; leave out to use the Careers Leader. */
      mainContact: z.string().default(''),
      /** How providers ask for access. */
      howToRequest: textSchema,
      /** When in the year encounters usually happen, beyond the dates of the activities listed. */
      timing: z.string().default(''),
      /** Grounds for granting or refusing a request. */
      grantingAndRefusing: textSchema,
      /** Premises and facilities providers are given. */
      premises: textSchema,
      /** Safeguarding arrangements for visitors. */
      safeguarding: textSchema,
    }),
    /** Ids of built-in entries the school does not publish, by collection. */
    exclude: z
      .object({
        /** Lesson ids (file names) to leave out. */
        lessons: z.array(z.string()).default([]),
        /** Activity ids to leave out. */
        activities: z.array(z.string()).default([]),
        /** Case study ids to leave out. */
        caseStudies: z.array(z.string()).default([]),
        /** Role-model ids to leave out. */
        roleModels: z.array(z.string()).default([]),
        /** CPD session ids to leave out. */
        cpd: z.array(z.string()).default([]),
      })
      .default({ lessons: [], activities: [], caseStudies: [], roleModels: [], cpd: [] }),
  });

/** Collections a school can leave built-in entries out of. */
export type ExcludableCollection = keyof School['exclude'];

/**
 * Why each published item is required, added to the message when one is missing. Schools must
 * publish these under the statutory guidance on careers guidance and provider access.
 */
export const statutoryReasons: Record<string, string> = {
  'careersLeader.name': 'Schools must publish the name of their Careers Leader.',
  'careersLeader.email': 'Schools must publish an email address for their Careers Leader.',
  'careersLeader.phone': 'Schools must publish a telephone number for their Careers Leader.',
  programmeSummary: 'Schools must publish a summary of their careers programme.',
  'access.pupils': 'Schools must say how pupils can find out about the careers programme.',
  'access.parentsAndCarers':
    'Schools must say how parents and carers can find out about the careers programme.',
  'access.teachers': 'Schools must say how teachers can find out about the careers programme.',
  'access.employers': 'Schools must say how employers can find out about the careers programme.',
  impactMeasurement:
    'Schools must say how they measure and assess the impact of the careers programme on pupils.',
  nextReview: 'Schools must publish the date of their next review of this information.',
  'providerAccess.howToRequest':
    'The provider access policy statement must say how providers can ask for access.',
  'providerAccess.grantingAndRefusing':
    'The provider access policy statement must give the grounds for granting and refusing requests.',
  'providerAccess.premises':
    'The provider access policy statement must say which premises and facilities providers can use.',
};

export type School = z.infer<ReturnType<typeof schoolSchema>>;
