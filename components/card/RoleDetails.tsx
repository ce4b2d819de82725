import type { CardRole, CardShared, CardSource } from '../../utils/card/bundled-facts';
import type { PostedSalary as PostedSalaryData } from '../../utils/salary/parse';
import { listPhrase, lowerFirst, usdPerYear } from '../../utils/card/wording';
import { PostedSalary } from './PostedSalary';

interface RoleDetailsProps {
  role: CardRole;
  shared: CardShared;
  source: CardSource;
  posted: PostedSalaryData | null;
}

/** "PMI (Project Management Institute) or other organisations". */
export function certificationBodies(role: CardRole): string {
  const bodies = role.certifications.bodies.map((body) => `${body.abbreviation} (${body.name})`);
  if (role.certifications.otherBodies) bodies.push('other organisations');
  return listPhrase(bodies, 'or');
}

/** The facts about one role: what it does, what it takes, where it happens, what it pays. */
export function RoleDetails({ role, shared, source, posted }: RoleDetailsProps) {
  return (
    <div>
      <p class="summary">{role.summary}</p>

      <h3>Focus</h3>
      <p>
        <strong>{role.focus.label}</strong>: {lowerFirst(role.focus.detail)}
      </p>

      <h3>Typical duties</h3>
      <ul>
        {role.typicalDuties.map((duty) => (
          <li key={duty}>{duty}</li>
        ))}
      </ul>

      <h3>Education and certifications</h3>
      <p>
        {shared.education.minimumDegree}, in {lowerFirst(listPhrase(role.education.degreeFields, 'or'))}.
        {` Master's degree: ${lowerFirst(shared.education.mastersDegree)}.`}
      </p>
      <p>
        Certifications from {certificationBodies(role)}; training covers{' '}
        {lowerFirst(role.certifications.trainingCovers)}.
      </p>

      <h3>Work environment</h3>
      <p>{role.environment.setting}.</p>
      <p class="note">Employers: {listPhrase(role.environment.employers, 'and')}.</p>

      <h3>Key skills</h3>
      <p>
        <strong>{role.distinctiveSkills.area}</strong> (distinctive): {lowerFirst(role.distinctiveSkills.experience)}:{' '}
        {lowerFirst(listPhrase(role.distinctiveSkills.includes, 'and'))}.
      </p>
      <p class="note">Shared with the other roles:</p>
      <ul class="chips">
        {shared.skills.map((skill) => (
          <li key={skill.id}>
            {skill.name} ({lowerFirst(skill.level)})
          </li>
        ))}
      </ul>

      <div class="salary">
        <div class="salary-figure">{usdPerYear(role.salary.amountUsd)}</div>
        <p class="note">
          {role.salary.label}, from the {source.kind} <cite>“{source.title}”</cite>. Varies with{' '}
          {lowerFirst(listPhrase(shared.salaryFactors.factors, 'and'))}.
        </p>
        {posted ? <PostedSalary posted={posted} averageUsd={role.salary.amountUsd} /> : null}
      </div>
    </div>
  );
}
