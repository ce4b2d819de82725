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
    // A parameter whose name only ends like a naming one, or a naming word as a value, names nothing.
    expect(normalisePostingUrl('/jobs/view/1/?refId=a&trk=job&xjk=2#top', 'https://www.linkedin.com/')).toBe('https://www.linkedin.com/jobs/view/1');
    expect(normalisePostingUrl('/viewjob?xjk=2&jk=1', 'https://www.indeed.com/')).toBe('https://www.indeed.com/viewjob?jk=1');
  });

  it('gives one posting one key however its address is written', () => {
    const base = 'https://www.indeed.com/jobs?q=manager';
    const keys = [
      '/viewjob?from=serp&jk=abc&vjs=3',
      'viewjob?jk=abc',
      'HTTPS://WWW.Indeed.com/viewjob/?jk=abc#apply',
      'https://www.indeed.com/viewjob?jk=abc&jk=zzz',
      'https://www.indeed.com:443/viewjob?jk=abc',
    ].map((href) => normalisePostingUrl(href, base));
    expect(new Set(keys)).toEqual(new Set(['https://www.indeed.com/viewjob?jk=abc']));
    // Several naming parameters keep a fixed order.
    expect(normalisePostingUrl('/x?jobId=2&jk=1', base)).toBe('https://www.indeed.com/x?jk=1&jobId=2');
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
