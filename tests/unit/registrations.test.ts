import { describe, expect, it } from 'vitest';
import {
  desiredScripts,
  reconcileRegistrations,
  scriptIdFor,
  serialReconciler,
  siteOriginOf,
  type PermissionsLike,
  type ScriptingLike,
  type ScriptShape,
  type SiteScript,
} from '../../utils/background/registrations';

const SHAPE: ScriptShape = { js: ['content-scripts/content.js'], css: ['content-scripts/content.css'], allFrames: true, runAt: 'document_idle' };
const BOARDS = ['*://*.linkedin.com/jobs/*', '*://*.linkedin.com/comm/jobs/*', '*://jobs.lever.co/*', '*://*.indeed.com/*'];

/** In-memory scripting API with Chrome's rules: duplicate ids and unknown ids reject. */
class FakeScripting implements ScriptingLike {
  scripts = new Map<string, SiteScript>();
  calls: string[] = [];
  failOn = new Set<string>();
  async getRegisteredContentScripts() {
    // As Chrome 156 reports them (seen in the e2e run): pattern lists sorted, defaults added.
    return [...this.scripts.values()].map((s) => ({
      ...s,
      matches: [...s.matches].sort(),
      ...(s.excludeMatches ? { excludeMatches: [...s.excludeMatches].sort() } : {}),
      matchOriginAsFallback: false,
      world: 'ISOLATED',
    }));
  }
  async registerContentScripts(scripts: SiteScript[]) {
    for (const s of scripts) {
      this.calls.push(`register ${s.id}`);
      if (this.failOn.has(s.id)) throw new Error(`Invalid script ${s.id}`);
      if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    }
    for (const s of scripts) this.scripts.set(s.id, s);
  }
  async unregisterContentScripts(filter?: { ids?: string[] }) {
    for (const id of filter?.ids ?? []) {
      this.calls.push(`unregister ${id}`);
      if (!this.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  }
}

const permissions = (origins: string[]): PermissionsLike => ({ getAll: async () => ({ origins }) });
const reconcile = (scripting: FakeScripting, origins: string[], shape = SHAPE) =>
  reconcileRegistrations({ scripting, permissions: permissions(origins), shape, boardMatches: BOARDS });

describe('which granted patterns are enabled sites', () => {
  it.each([
    ['https://example.com/*', 'https://example.com'],
    ['http://localhost:8080/*', 'http://localhost:8080'],
    ['https://Careers.Example.COM/*', 'https://careers.example.com'],
    ['*://*.linkedin.com/jobs/*', null],
    ['*://jobs.lever.co/*', null],
    ['https://*/*', null],
    ['<all_urls>', null],
    ['https://example.com/jobs/*', null],
  ])('%s -> %s', (pattern, origin) => {
    expect(siteOriginOf(pattern)).toBe(origin);
  });

  it('the manifest shape is copied; board pages on the same host are excluded', () => {
    const [acme, linkedin] = desiredScripts(['https://www.linkedin.com/*', 'https://acme.example/*', ...BOARDS], SHAPE, BOARDS);
    expect(acme).toEqual({
      id: scriptIdFor('https://acme.example'),
      matches: ['https://acme.example/*'],
      js: SHAPE.js,
      css: SHAPE.css,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(linkedin!.excludeMatches).toEqual(['*://*.linkedin.com/jobs/*', '*://*.linkedin.com/comm/jobs/*']);
  });
});

describe('reconcileRegistrations keeps registrations true to the granted permissions', () => {
  it('registers a newly granted site (permissions.onAdded)', async () => {
    const scripting = new FakeScripting();
    const result = await reconcile(scripting, [...BOARDS, 'https://acme.example/*']);
    expect(result).toEqual({ registered: [scriptIdFor('https://acme.example')], unregistered: [], errors: [] });
    expect([...scripting.scripts.keys()]).toEqual([scriptIdFor('https://acme.example')]);
  });

  it('unregisters a withdrawn site (permissions.onRemoved, or removed in the browser settings)', async () => {
    const scripting = new FakeScripting();
    await reconcile(scripting, ['https://acme.example/*', 'https://beta.example/*']);
    const result = await reconcile(scripting, ['https://beta.example/*']);
    expect(result.unregistered).toEqual([scriptIdFor('https://acme.example')]);
    expect([...scripting.scripts.keys()]).toEqual([scriptIdFor('https://beta.example')]);
  });

  it('is idempotent: a second run with nothing changed touches nothing (onStartup after onInstalled)', async () => {
    const scripting = new FakeScripting();
    // linkedin.com carries excludeMatches, which the browser reports in its own order.
    const granted = ['https://acme.example/*', 'https://www.linkedin.com/*'];
    await reconcile(scripting, granted);
    scripting.calls = [];
    expect(await reconcile(scripting, granted)).toEqual({ registered: [], unregistered: [], errors: [] });
    expect(scripting.calls).toEqual([]);
  });

  it('re-registers a script whose files changed in an update', async () => {
    const scripting = new FakeScripting();
    await reconcile(scripting, ['https://acme.example/*']);
    const updated = { ...SHAPE, js: ['content-scripts/content-v2.js'] };
    const result = await reconcile(scripting, ['https://acme.example/*'], updated);
    expect(result.unregistered).toEqual([scriptIdFor('https://acme.example')]);
    expect(result.registered).toEqual([scriptIdFor('https://acme.example')]);
    expect(scripting.scripts.get(scriptIdFor('https://acme.example'))!.js).toEqual(updated.js);
  });

  it('leaves scripts it did not register alone', async () => {
    const scripting = new FakeScripting();
    scripting.scripts.set('someone-else', { ...SHAPE, id: 'someone-else', matches: ['https://x.example/*'] });
    await reconcile(scripting, []);
    expect(scripting.scripts.has('someone-else')).toBe(true);
  });

  it('one failing registration does not block the others', async () => {
    const scripting = new FakeScripting();
    scripting.failOn.add(scriptIdFor('https://bad.example'));
    const result = await reconcile(scripting, ['https://bad.example/*', 'https://good.example/*']);
    expect(result.registered).toEqual([scriptIdFor('https://good.example')]);
    expect(result.errors).toHaveLength(1);
  });

  it('overlapping runs are serialised: no duplicate-id errors', async () => {
    const scripting = new FakeScripting();
    const run = serialReconciler(() => reconcile(scripting, ['https://acme.example/*']));
    const results = await Promise.all([run(), run(), run()]);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.flatMap((r) => r.registered)).toEqual([scriptIdFor('https://acme.example')]);
  });

  it('a run that throws does not stop the next one', async () => {
    const scripting = new FakeScripting();
    let first = true;
    const run = serialReconciler(async () => {
      if (first) {
        first = false;
        throw new Error('permissions.getAll failed');
      }
      return reconcile(scripting, ['https://acme.example/*']);
    });
    await expect(run()).rejects.toThrow();
    expect((await run()).registered).toHaveLength(1);
  });
});
