import { useRef, useState } from 'preact/hooks';
import { CompareView } from '../card/CompareView';
import { RoleDetails } from '../card/RoleDetails';
import type { LoadedRoleFacts } from '@/utils/roles/facts';

export interface RolesViewProps {
  facts: LoadedRoleFacts;
}

/**
 * The role library: the same facts and comparison the on-page card shows (its components, so the
 * two never disagree), reachable from the popup on any page, matches or not.
 */
export function RolesView({ facts }: RolesViewProps) {
  const [shown, setShown] = useState<string>(facts.roles[0]?.id ?? 'compare');
  const [lastRole, setLastRole] = useState<string>(facts.roles[0]?.id ?? '');
  const backRef = useRef<HTMLButtonElement>(null);
  const role = facts.roles.find((r) => r.id === shown);
  const show = (id: string) => {
    if (id !== 'compare') setLastRole(id);
    setShown(id);
  };

  return (
    <div class="roles">
      <div class="segmented" role="group" aria-label="Show">
        {facts.roles.map((r) => (
          <button key={r.id} type="button" class="secondary" aria-pressed={shown === r.id} onClick={() => show(r.id)}>
            {r.name}
          </button>
        ))}
        <button type="button" class="secondary" aria-pressed={shown === 'compare'} onClick={() => show('compare')}>
          Compare
        </button>
      </div>
      {role ? (
        <section aria-labelledby="role-heading">
          <h2 id="role-heading">{role.name}</h2>
          <RoleDetails role={role} shared={facts.shared} source={facts.source} posted={null} />
        </section>
      ) : (
        <section aria-label="Comparison">
          <CompareView
            roles={[...facts.roles].sort((a, b) => (a.id === lastRole ? -1 : b.id === lastRole ? 1 : 0))}
            shared={facts.shared}
            source={facts.source}
            onBack={() => setShown(lastRole)}
            backRef={backRef}
          />
        </section>
      )}
    </div>
  );
}
