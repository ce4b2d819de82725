import { describe, expect, it } from 'vitest';
import { parseMessage, parsePageMessage } from '../../utils/messages';

describe('parsePageMessage: the content script reads only the popup messages it acts on', () => {
  const values: unknown[] = [
    { type: 'get-report' },
    { type: 'get-report', extra: 1 },
    { type: 'reveal', index: 3 },
    { type: 'reveal', index: 0.5, extra: 'x' },
    { type: 'reveal' },
    { type: 'reveal', index: '3' },
    { type: 'reveal', index: NaN },
    { type: 'reveal', index: Infinity },
    { type: 'load-card' },
    { type: 'badge', total: 2 },
    { type: 'GET-REPORT' },
    { type: ['get-report'] },
    { index: 1 },
    'get-report',
    null,
    undefined,
    [],
    42,
  ];

  it.each(values.map((v) => [JSON.stringify(v) ?? String(v), v]))('%s: as parseMessage then the type check', (_name, value) => {
    const full = parseMessage(value);
    const expected = full && (full.type === 'get-report' || full.type === 'reveal') ? full : null;
    expect(parsePageMessage(value)).toEqual(expected);
  });

  it('strips unknown keys as parseMessage does', () => {
    expect(parsePageMessage({ type: 'reveal', index: 2, html: '<b>' })).toEqual({ type: 'reveal', index: 2 });
  });
});
