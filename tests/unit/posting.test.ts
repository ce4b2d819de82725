import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyByUrlParse, normalisePostingUrl, postingLinkOf } from '@/utils/scan/posting';
import { PAGES_DIR } from '../paths';
import { poseUrlOf } from './adapters/saved-page';
import { setPage } from './dom';

describe('posting keys', () => {
  it('drops tracking parameters but keeps the ones that name a posting', () => {
    expect(normalisePostingUrl('/rc/clk?jk=abc&from=serp&vjs=3', () => 'https://www.indeed.com/jobs')).toBe('https://www.indeed.com/rc/clk?jk=abc');
    expect(normalisePostingUrl('https://in.linkedin.com/jobs/view/pm-at-amazon-1?position=3&trk=x', () => 'https://www.linkedin.com/')).toBe(
      'https://in.linkedin.com/jobs/view/pm-at-amazon-1',
    );
    expect(normalisePostingUrl('javascript:void(0)', () => 'https://www.indeed.com/')).toBeUndefined();
    // A parameter whose name only ends like a naming one, or a naming word as a value, names nothing.
    expect(normalisePostingUrl('/jobs/view/1/?refId=a&trk=job&xjk=2#top', () => 'https://www.linkedin.com/')).toBe('https://www.linkedin.com/jobs/view/1');
    expect(normalisePostingUrl('/viewjob?xjk=2&jk=1', () => 'https://www.indeed.com/')).toBe('https://www.indeed.com/viewjob?jk=1');
  });

  it('gives one posting one key however its address is written', () => {
    const base = 'https://www.indeed.com/jobs?q=manager';
    const keys = [
      '/viewjob?from=serp&jk=abc&vjs=3',
      'viewjob?jk=abc',
      'HTTPS://WWW.Indeed.com/viewjob/?jk=abc#apply',
      'https://www.indeed.com/viewjob?jk=abc&jk=zzz',
      'https://www.indeed.com:443/viewjob?jk=abc',
    ].map((href) => normalisePostingUrl(href, () => base));
    expect(new Set(keys)).toEqual(new Set(['https://www.indeed.com/viewjob?jk=abc']));
    // Several naming parameters keep a fixed order.
    expect(normalisePostingUrl('/x?jobId=2&jk=1', () => base)).toBe('https://www.indeed.com/x?jk=1&jobId=2');
  });

  it('reads plain absolute addresses off the string exactly as a URL parse would key them', () => {
    const base = 'https://www.linkedin.com/jobs/search?keywords=pm';
    const tricky = [
      'https://www.linkedin.com/jobs/view/pm-at-acme-1?position=3&trk=public_jobs',
      'https://www.linkedin.com/jobs/view/pm-at-acme-1/',
      'https://www.linkedin.com',
      'https://www.linkedin.com?trk=x',
      'https://www.linkedin.com/#top',
      'http://jobs.example.org/a//b/',
      'https://jobs.example.org/a/./b',
      'https://jobs.example.org/a/../b',
      'https://jobs.example.org/a/..',
      'https://jobs.example.org/.well-known/x',
      'https://jobs.example.org/a%20b',
      'https://jobs.example.org/a b',
      'https://Jobs.Example.org/a',
      'https://jobs.example.org:443/a',
      'https://jobs.example.org:8443/a',
      'https://127.0.0.1/a',
      'https://0x7f.1/a',
      'https://jobs.example.org./a',
      'https://jobs.example.org/a?jk=1&trk=2',
      'https://jobs.example.org/a?trk=2&jk=1',
      'https://jobs.example.org/a?xjk=1&jobs=2',
      'https://jobs.example.org/a?jk=1#x',
      'https://jobs.example.org/a?trk=1#&jk=2',
      'https://jobs.example.org/a?j%6B=1',
      'https://jobs.example.org/a?x=1#jk=2',
      'https://jobs.example.org/a?j\tk=1',
      'https://jobs.example.org/a\n/b',
      ' https://jobs.example.org/a',
      'https://user@jobs.example.org/a',
      'https://jobs.example.org/ü',
      'ftp://jobs.example.org/a',
      '/jobs/view/1?trk=x',
    ];
    for (const href of tricky) expect(normalisePostingUrl(href, () => base), href).toBe(keyByUrlParse(href, base));
  });

  it('keys every link on the saved real pages as a URL parse would', () => {
    let checked = 0;
    for (const board of readdirSync(PAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(PAGES_DIR, board.name))) {
        const base = poseUrlOf(`${board.name}/${file}`);
        const html = readFileSync(join(PAGES_DIR, board.name, file), 'utf8');
        for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
          const href = raw!.replace(/&amp;/g, '&');
          expect(normalisePostingUrl(href, () => base), href).toBe(keyByUrlParse(href, base));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
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
