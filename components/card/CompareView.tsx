import type { ComponentChildren, Ref } from 'preact';
import type { CardRole, CardShared, CardSource } from '../../utils/card/bundled-facts';
import { describeGap, lowerFirst, listPhrase, salaryGap, usdPerYear } from '../../utils/card/wording';
import { certificationBodies } from './RoleDetails';

interface CompareViewProps {
  /** Every role in the data, the shown role first: it is the baseline for the differences. */
  roles: CardRole[];
  shared: CardShared;
  source: CardSource;
  onBack: () => void;
  backRef: Ref<HTMLButtonElement>;
}

interface Row {
  label: string;
  cell: (role: CardRole) => ComponentChildren;
}

const ROWS: Row[] = [
  { label: 'Focus', cell: (role) => role.focus.label },
  {
    label: 'Typical duties',
    cell: (role) => (
      <ul>
        {role.typicalDuties.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>
    ),
  },
  { label: 'Degree in', cell: (role) => listPhrase(role.education.degreeFields, 'or') },
  {
    label: 'Certifications',
    cell: (role) => `${certificationBodies(role)}; training: ${lowerFirst(role.certifications.trainingCovers)}`,
  },
  {
    label: 'Environment',
    cell: (role) => `${role.environment.setting}. ${listPhrase(role.environment.employers, 'and')}.`,
  },
  {
    label: 'Distinctive skills',
    cell: (role) => `${role.distinctiveSkills.area}: ${lowerFirst(listPhrase(role.distinctiveSkills.includes, 'and'))}`,
  },
  { label: 'US average salary', cell: (role) => usdPerYear(role.salary.amountUsd) },
];

/**
 * Side-by-side table of every role in the data. Columns come from the data, so a third role adds a
 * column (and the table scrolls sideways) with no code change.
 */
export function CompareView({ roles, shared, source, onBack, backRef }: CompareViewProps) {
  const baseline = roles[0];
  if (!baseline) return null;
  const wide = roles.length > 2;
  const sharedSkills = shared.skills.map((skill) => `${skill.name} (${lowerFirst(skill.level)})`).join(', ');

  return (
    <div>
      <div
        class={wide ? 'table-wrap scroll-x' : 'table-wrap'}
        // A sideways-scrolling region must be reachable by keyboard to be scrolled.
        tabIndex={wide ? 0 : undefined}
        role={wide ? 'region' : undefined}
        aria-label={wide ? 'Comparison table' : undefined}
      >
        <table>
          <caption>{roles.map((role) => role.name).join(' vs ')}</caption>
          <thead>
            <tr>
              <td />
              {roles.map((role) => (
                <th key={role.id} scope="col">
                  {role.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {roles.map((role) => (
                  <td key={role.id}>{row.cell(role)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Difference vs {baseline.name}</th>
              {roles.map((role) => (
                <td key={role.id}>
                  {role === baseline
                    ? 'Baseline'
                    : describeGap(salaryGap(baseline.salary.amountUsd, role.salary.amountUsd))}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Shared by all</th>
              <td colSpan={roles.length}>
                {shared.education.minimumDegree}; skills: {sharedSkills}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="note">
        US averages from the {source.kind} <cite>“{source.title}”</cite>.
      </p>
      <div class="actions">
        <button type="button" ref={backRef} onClick={onBack}>
          Back
        </button>
      </div>
    </div>
  );
}
