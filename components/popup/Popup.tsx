import { useRef, useState } from 'preact/hooks';
import type { LoadedRoleFacts } from '@/utils/roles/facts';
import { SettingsForm, type SettingsFormProps } from '../settings/SettingsForm';
import { PageView, type PageViewProps } from './PageView';
import { RolesView } from './RolesView';

export type PopupTab = 'page' | 'roles' | 'settings';
const TABS: { id: PopupTab; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'roles', label: 'Roles' },
  { id: 'settings', label: 'Settings' },
];

export interface PopupProps {
  page: PageViewProps;
  settings: Omit<SettingsFormProps, 'roles'>;
  roles: readonly { id: string; name: string }[];
  /** null when the role facts failed to load: the rest of the popup still works. */
  facts: LoadedRoleFacts | null;
  /** Something to tell the user once (a failed save); dismissed by them. */
  notice: string | null;
  onDismissNotice: () => void;
  initialTab?: PopupTab;
}

/**
 * The popup: three tabs (ARIA tabs pattern: arrow keys move between tabs, Tab moves into the
 * panel). Everything it shows comes in through props, so tests render it with a given report.
 */
export function Popup({ page, settings, roles, facts, notice, onDismissNotice, initialTab = 'page' }: PopupProps) {
  const [tab, setTab] = useState<PopupTab>(initialTab);
  const tabRefs = useRef<Partial<Record<PopupTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next = step ? (index + step + TABS.length) % TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    const id = TABS[next]!.id;
    setTab(id);
    tabRefs.current[id]?.focus();
  };

  return (
    <main class="popup">
      <header>
        <h1>Role Lens</h1>
        <div role="tablist" aria-label="Role Lens" class="tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      {notice && (
        <div class="notice" role="alert">
          <p>{notice}</p>
          <button type="button" class="secondary" onClick={onDismissNotice}>
            OK
          </button>
        </div>
      )}
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'page' && <PageView {...page} />}
        {tab === 'roles' &&
          (facts ? <RolesView facts={facts} /> : <p>The role library could not be loaded. Reinstalling Role Lens fixes this.</p>)}
        {tab === 'settings' && <SettingsForm {...settings} roles={roles} />}
      </div>
    </main>
  );
}
