import * as z from 'zod/mini';
import * as core from 'zod/v4/core';

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
let pageMessageFields: { type: core.$ZodType<PageMessage['type']>; index: core.$ZodType<number> } | undefined;

/**
 * `parseMessage` for the content script, which loads on every job page, for the two messages it
 * acts on. It uses zod's core (`zod/v4/core`, the engine `zod/mini` wraps) and no union or object
 * schema (~5 KB of that script together): the message is checked to be an object, as an object
 * schema does first, and each field is parsed by the zod schema `messageSchema` has for it;
 * unknown keys are dropped. Built on first use. Anything else is ignored, as `parseMessage`
 * followed by a check of the type would (tests/unit/messages.test.ts compares the two).
 */
export function parsePageMessage(raw: unknown): PageMessage | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const fields = (pageMessageFields ??= {
    type: new core.$ZodLiteral({ type: 'literal', values: ['get-report', 'reveal'] }) as core.$ZodType<PageMessage['type']>,
    index: new core.$ZodNumber({ type: 'number' }),
  });
  const message = raw as Record<string, unknown>;
  const type = core.safeParse(fields.type, message.type);
  if (!type.success) return null;
  if (type.data === 'get-report') return { type: type.data };
  const index = core.safeParse(fields.index, message.index);
  return index.success ? { type: type.data, index: index.data } : null;
}
