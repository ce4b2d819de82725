/**
 * Shapes of the bundled fact files under data/.
 *
 * Only `zod/mini` is imported: its functional, tree-shakable API keeps the
 * content-script bundle small (classic `zod` pulls in every method and the
 * English error locale). Error messages are built by `formatIssues` in
 * facts.ts from the issue codes instead of relying on a locale.
 *
 * Objects are strict so a misspelt key in a JSON file (e.g. "sumary") fails
 * loudly instead of silently dropping a fact from the card.
 */
import * as z from 'zod/mini';

/** A non-empty, card-sized line of text. */
const text = () => z.string().check(z.minLength(1), z.maxLength(200));
/** A non-empty list of card-sized lines. */
const textList = () => z.array(text()).check(z.minLength(1));
/**
 * Every fact names the source it came from. The value is checked against
 * data/source.json by the loader (a cross-file rule zod cannot see).
 */
const sourceId = () => z.string().check(z.minLength(1));
/** Lets a file carry a note for editors, like data/<role>/detection.json does. */
const comment = () => z.optional(z.string());

export const sourceCitationSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: text(),
  kind: text(),
  // The article gives neither, so these stay null rather than being guessed.
  publisher: z.nullable(text()),
  published: z.nullable(text()),
  note: z.string().check(z.minLength(1)),
});

const salarySchema = z.strictObject({
  amountUsd: z.number().check(z.positive()),
  period: z.literal('year'),
  label: text(),
  sourceId: sourceId(),
});

export const roleFactsSchema = z.strictObject({
  $comment: comment(),
  // Lower-case kebab case; the loader also requires it to equal the folder name.
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: text(),
  /** Inherited by the plain string lists below (responsibilities, typicalDuties). */
  sourceId: sourceId(),
  summary: text(),
  responsibilities: textList(),
  focus: z.strictObject({
    label: z.string().check(z.minLength(1), z.maxLength(40)),
    detail: text(),
    sourceId: sourceId(),
  }),
  // A hover card has room for a handful of duties, not a job ad.
  typicalDuties: z.array(text()).check(z.minLength(3), z.maxLength(5)),
  /** Role-specific part only; the shared degree rules live in shared.json. */
  education: z.strictObject({
    degreeFields: textList(),
    sourceId: sourceId(),
  }),
  certifications: z.strictObject({
    bodies: z
      .array(z.strictObject({ abbreviation: z.string().check(z.minLength(1)), name: text() }))
      .check(z.minLength(1)),
    /** The article says "or other organizations" without naming them. */
    otherBodies: z.boolean(),
    trainingCovers: text(),
    sourceId: sourceId(),
  }),
  environment: z.strictObject({
    employers: textList(),
    setting: text(),
    sourceId: sourceId(),
  }),
  distinctiveSkills: z.strictObject({
    area: text(),
    experience: text(),
    includes: textList(),
    sourceId: sourceId(),
  }),
  salary: salarySchema,
});

const sharedSkillSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: text(),
  /** How strongly the article puts it ("excellent", "strong", "good"). */
  level: text(),
  why: text(),
  sourceId: sourceId(),
});

export const sharedFactsSchema = z.strictObject({
  $comment: comment(),
  sourceId: sourceId(),
  field: z.strictObject({
    name: text(),
    outlook: text(),
    sourceId: sourceId(),
  }),
  skills: z.array(sharedSkillSchema).check(z.minLength(1)),
  education: z.strictObject({
    minimumDegree: text(),
    mastersDegree: text(),
    sourceId: sourceId(),
  }),
  salaryFactors: z.strictObject({
    factors: textList(),
    sourceId: sourceId(),
  }),
});

export type SourceCitation = z.infer<typeof sourceCitationSchema>;
export type RoleFacts = z.infer<typeof roleFactsSchema>;
export type SharedFacts = z.infer<typeof sharedFactsSchema>;
export type SharedSkill = SharedFacts['skills'][number];
export type RoleSalary = RoleFacts['salary'];
