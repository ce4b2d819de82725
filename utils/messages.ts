import * as z from 'zod/mini';

/** What the content script reports of a page: shown in the popup and counted on the badge. */
export const pageReportSchema = z.object({
  board: z.nullable(z.string()),
  path: z.string(),
  titlesSeen: z.number(),
  found: z.array(
    z.object({
      index: z.number(),
      roleId: z.string(),
      roleIds: z.array(z.string()),
      text: z.string(),
      postingKey: z.string(),
    }),
  ),
  /** Distinct postings per role id: a posting counts once however often its title shows. */
  counts: z.record(z.string(), z.number()),
});
export type PageReport = z.infer<typeof pageReportSchema>;

// A plain union: discriminatedUnion costs ~2 KB more in the page-load script for four shapes.
export const messageSchema = z.union([
  // content -> background
  z.object({ type: z.literal('load-card') }),
  z.object({ type: z.literal('badge'), total: z.number() }),
  // popup -> content
  z.object({ type: z.literal('get-report') }),
  z.object({ type: z.literal('reveal'), index: z.number() }),
]);
export type Message = z.infer<typeof messageSchema>;

/** Parses a message from another context; anything else is ignored, never trusted. */
export function parseMessage(raw: unknown): Message | null {
  const result = z.safeParse(messageSchema, raw);
  return result.success ? result.data : null;
}

/** The messages a page's content script acts on (from the popup). */
export type PageMessage = Extract<Message, { type: 'get-report' | 'reveal' }>;
type PageMessageSchema = z.ZodMiniType<PageMessage>;
let pageMessageSchemas: PageMessageSchema[] | undefined;

/**
 * `parseMessage` for the content script, which loads on every job page: the same object schemas
 * as in `messageSchema` for the two messages it acts on, tried in turn, so its script carries no
 * `union`. Built on first use. Anything else is ignored, as `parseMessage` followed by the content
 * script's own check of the type would.
 */
export function parsePageMessage(raw: unknown): PageMessage | null {
  pageMessageSchemas ??= [
    z.object({ type: z.literal('get-report') }),
    z.object({ type: z.literal('reveal'), index: z.number() }),
  ];
  for (const schema of pageMessageSchemas) {
    const result = z.safeParse(schema, raw);
    if (result.success) return result.data;
  }
  return null;
}
