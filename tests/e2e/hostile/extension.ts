import { afterAll, beforeAll } from 'vitest';
/**
 * The extension's side of the hostile-page suite: launching it, its service worker, and a CDP
 * watch on the network traffic of every extension target.
 */
import type { Browser, CDPSession, Target } from 'puppeteer-core';
import { launchWithExtension, type Extension } from '../harness';

export interface ExtensionNetwork {
  /** Every non-extension-URL request any extension target (worker, popup, options) sent. */
  requests: string[];
  /** Extension targets watched so far (type and URL), for messages. */
  watched: string[];
  stop(): Promise<void>;
}

/**
 * Watches every target of the extension (the service worker, restarted or not; popup, options,
 * onboarding pages) with CDP Network.requestWillBeSent.
 */
export async function watchExtensionNetwork(browser: Browser, extensionId: string): Promise<ExtensionNetwork> {
  const prefix = `chrome-extension://${extensionId}/`;
  const net: ExtensionNetwork = { requests: [], watched: [], stop: async () => {} };
  const sessions: CDPSession[] = [];
  const seen = new Set<Target>();
  const watch = async (target: Target) => {
    if (seen.has(target) || !target.url().startsWith(prefix)) return;
    if (!['service_worker', 'page', 'background_page', 'other'].includes(target.type())) return;
    seen.add(target);
    try {
      const session = await target.createCDPSession();
      sessions.push(session);
      session.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
        if (!event.request.url.startsWith('chrome-extension://')) net.requests.push(`${target.type()} ${event.request.url}`);
      });
      await session.send('Network.enable');
      net.watched.push(`${target.type()} ${target.url()}`);
    } catch {
      // The target went away while attaching (a stopped worker): its successor is watched.
    }
  };
  const onTarget = (target: Target) => void watch(target);
  browser.on('targetcreated', onTarget);
  browser.on('targetchanged', onTarget);
  await Promise.all(browser.targets().map(watch));
  net.stop = async () => {
    browser.off('targetcreated', onTarget);
    browser.off('targetchanged', onTarget);
    await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
  };
  return net;
}

/** The extension's service worker target (waits for it to be running). */
export async function serviceWorker(browser: Browser, extensionId: string, timeout = 10_000): Promise<Target> {
  return browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout },
  );
}

/**
 * The built extension in Chromium, with the onboarding tab it opens on install closed: a tab that
 * takes the foreground after a test page did leaves that page in the background, where it gets no
 * animation frames (the hover hit-test runs in one).
 */
export async function launch(): Promise<Extension> {
  const ext = await launchWithExtension();
  await closeOnboarding(ext);
  return ext;
}

/** Closes the onboarding tab an install opens (waits for it up to 5 s). */
export async function closeOnboarding(ext: Extension): Promise<void> {
  const onboarding = await ext.browser
    .waitForTarget((t) => t.url().startsWith(`chrome-extension://${ext.extensionId}/onboarding.html`), { timeout: 5000 })
    .catch(() => null);
  await (await onboarding?.asPage().catch(() => null))?.close().catch(() => {});
}

export interface WatchedExtension {
  readonly ext: Extension;
  readonly net: ExtensionNetwork;
}

/**
 * One extension per test file, launched before its tests with every extension target's network
 * watched, and closed after them. Read `ext` and `net` inside tests (they are set by then).
 */
export function watchedExtension(): WatchedExtension {
  const env = {} as { ext: Extension; net: ExtensionNetwork };
  beforeAll(async () => {
    env.ext = await launch();
    env.net = await watchExtensionNetwork(env.ext.browser, env.ext.extensionId);
  });
  afterAll(async () => {
    await env.net?.stop();
    await env.ext?.browser.close();
  });
  return env;
}
