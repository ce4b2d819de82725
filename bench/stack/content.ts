// The stack reference content script (see bench/lib/build.mjs): polyfill, one storage read
// through @wxt-dev/storage, a zod/mini parse, and a text walk that highlights the role phrases.
import browser from 'webextension-polyfill';
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';

declare const __PHRASES__: string;
declare const __FLAGS__: string;

const settingsItem = storage.defineItem<unknown>('local:settings');
const schema = z.object({
  enabled: z.catch(z.boolean(), true),
  highlightTitles: z.catch(z.boolean(), true),
  hoverDelayMs: z.catch(z.number(), 300),
});

async function main(): Promise<void> {
  if (!browser.runtime.id) return;
  const settings = z.parse(schema, (await settingsItem.getValue()) ?? {});
  if (!settings.enabled || !document.body) return;
  const re = new RegExp(__PHRASES__, __FLAGS__);
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    re.lastIndex = 0;
    for (const m of node.data.matchAll(re)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('bench-stack-reference', new Highlight(...ranges));
}

void main();
