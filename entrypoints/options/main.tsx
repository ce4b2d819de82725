import '@/components/popup/theme.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { loadRoleDetections } from '@/utils/roles/detection';
import type { Settings } from '@/utils/settings/schema';
import { readSettings, watchSettings, writeSettings } from '@/utils/settings/storage';
import { isQuotaError } from '@/utils/settings/sync';

const ROLES = loadRoleDetections().map(({ id, name }) => ({ id, name }));

/** The options page: the popup's settings form, full size. Same storage, same live effect. */
function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const told = useRef(false);

  useEffect(() => {
    void readSettings().then(setSettings);
    // The popup (or another options tab) may change settings while this page is open.
    return watchSettings(setSettings);
  }, []);

  const save = (next: Settings) => {
    setSettings(next);
    writeSettings(next).catch((error) => {
      if (told.current) return;
      told.current = true;
      setProblem(isQuotaError(error) ? 'A change could not be saved: the browser has no room left for Role Lens settings.' : 'A change could not be saved.');
    });
  };

  return (
    <main class="options">
      <h1>Role Lens settings</h1>
      <p class="muted">Changes apply at once in every open tab.</p>
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
      {settings ? <SettingsForm settings={settings} onChange={save} roles={ROLES} idPrefix="options" /> : <p class="muted">Loading…</p>}
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
