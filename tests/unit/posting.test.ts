import { describe, expect, it } from 'vitest';
import { normalisePostingUrl, postingLinkOf } from '@/utils/scan/posting';
import { setPage } from './dom';

describe('posting keys', () => {
  it('drops tracking parameters but keeps the ones that name a posting', () => {
    expect(normalisePostingUrl('/rc/clk?jk=abc&from=serp&vjs=3', 'https://www.indeed.com/jobs')).toBe('https://www.indeed.com/rc/clk?jk=abc');
    expect(normalisePostingUrl('https://in.linkedin.com/jobs/view/pm-at-amazon-1?position=3&trk=x', 'https://www.linkedin.com/')).toBe(
      'https://in.linkedin.com/jobs/view/pm-at-amazon-1',
    );
    expect(normalisePostingUrl('javascript:void(0)', 'https://www.indeed.com/')).toBeUndefined();
  });

  it('keys Indeed sponsored cards, which all link to /pagead/clk, by their data-jk', () => {
    setPage(
      `<ul>
        <li><h2><a data-jk="111" href="/pagead/clk?mo=r&ad=xyz1"><span title="Account Manager">Account Manager</span></a></h2></li>
        <li><h2><a data-jk="222" href="/pagead/clk?mo=r&ad=xyz2"><span title="Account Manager">Account Manager</span></a></h2></li>
        <li><h2><a data-jk="333" href="/rc/clk?jk=333&from=serp"><span>Program Manager</span></a></h2></li>
      </ul>`,
      'https://www.indeed.com/jobs?q=manager',
    );
    const keys = [...document.querySelectorAll('span')].map((span) => postingLinkOf(span, 'a[data-jk]'));
    expect(keys).toEqual([
      'https://www.indeed.com/pagead/clk?data-jk=111',
      'https://www.indeed.com/pagead/clk?data-jk=222',
      'https://www.indeed.com/rc/clk?jk=333',
    ]);
  });
});
