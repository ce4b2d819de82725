import type { PostedSalary as PostedSalaryData } from '../../utils/salary/parse';
import { describePostedSalary } from '../../utils/card/wording';

interface PostedSalaryProps {
  posted: PostedSalaryData;
  /** The shown role's US average, in dollars a year. */
  averageUsd: number;
}

/**
 * The salary the posting itself states, next to the role's average. Rendered only when the page
 * states one: with no salary on the page the card says nothing about it.
 */
export function PostedSalary({ posted, averageUsd }: PostedSalaryProps) {
  const { statement, comparison } = describePostedSalary(posted, averageUsd);
  return (
    <p class="posted">
      {statement}
      {comparison ? `, ${comparison}` : null}
      {comparison ? null : <span class="note"> (not compared: the average is in US dollars)</span>}
    </p>
  );
}
