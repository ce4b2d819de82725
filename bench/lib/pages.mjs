// Generated job-board pages in LinkedIn's logged-out ("guest") markup, which the LinkedIn adapter
// reads: search results with N cards of ~20 elements, and a long job description. Deterministic.

export const SEARCH_URL = (n) => `https://www.linkedin.com/jobs/search?keywords=manager&location=United%20States&bench=${n}`;
export const VIEW_URL = 'https://www.linkedin.com/jobs/view/senior-program-manager-at-northwind-4000000001';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

const OTHER_TITLES = [
  'Software Engineer', 'Product Manager', 'Project Manager', 'Data Analyst', 'Account Executive',
  'Accounting Manager', 'Program Coordinator', 'Sales Associate', 'Customer Success Manager',
  'Marketing Specialist', 'Operations Manager', 'HR Generalist', 'Executive Assistant', 'Registered Nurse',
  'Warehouse Associate', 'DevOps Engineer', 'Financial Analyst', 'Program Director', 'Accounts Payable Clerk',
  'Store Manager', 'Global Supply Chain Planner', 'Channel Sales Representative', 'Enterprise Architect',
];
const QUALIFIERS = ['', '', 'Senior ', 'Lead ', 'Associate ', 'Principal '];
const SUFFIXES = ['', '', '', ' II', ', Payments', ' - Remote', ', EMEA', ' (Contract)'];
// Target titles; `split` ones put the phrase's words in different elements.
const TARGETS = [
  { html: 'Program Manager', split: '<strong>Program</strong> Manager' },
  { html: 'Technical Program Manager', split: 'Technical <strong>Program</strong> Manager' },
  { html: 'Account Manager', split: '<strong>Account</strong> Manager' },
  { html: 'Key Accounts Manager', split: '<strong>Key Accounts</strong> Manager' },
  { html: 'Programme Manager', split: '<b>Programme</b> <b>Manager</b>' },
  { html: 'Strategic Account Mgr.', split: '<strong>Strategic Account</strong> Mgr.' },
];
const COMPANIES = ['Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Vandelay Industries'];
const CITIES = ['Austin, TX', 'Seattle, WA', 'New York, NY', 'Chicago, IL', 'Denver, CO', 'Atlanta, GA', 'Remote'];
const WORDS = ('work with the account team and program leads to deliver global channel outcomes for enterprise ' +
  'customers across regions while keeping stakeholders informed about schedules budgets risks and priorities ' +
  'in a fast paced environment with strong communication and organisation skills').split(' ');
const BADGES = ['Easy Apply', 'Actively Hiring', 'Remote', 'Hybrid', 'Be an early applicant'];

function sentence(r, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(r, WORDS));
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

/** One search card (~20 elements). `target` 0..1 chance its title names a role. */
export function card(r, id, target = 0.05) {
  let titleText;
  let titleHtml;
  if (r() < target) {
    const t = pick(r, TARGETS);
    const split = r() < 0.35;
    const prefix = pick(r, ['', '', 'Senior ', 'Sr. ']);
    titleText = prefix + t.html + pick(r, SUFFIXES);
    titleHtml = prefix + (split ? t.split : t.html) + titleText.slice(prefix.length + t.html.length);
  } else {
    titleText = pick(r, QUALIFIERS) + pick(r, OTHER_TITLES) + pick(r, SUFFIXES);
    titleHtml = titleText;
  }
  const company = pick(r, COMPANIES);
  const slug = titleText.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const low = 60 + Math.floor(r() * 80);
  const mention = r() < 0.02 ? ' You will report to the Program Manager for the region.' : '';
  return `<li>
<div class="base-card relative w-full base-card--link base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${id}">
<a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://www.linkedin.com/jobs/view/${slug}-at-${company.toLowerCase().replace(/ /g, '-')}-${id}?position=${id % 25}&amp;trk=public_jobs_jserp-result_search-card"><span class="sr-only">${titleText}</span></a>
<div class="search-entity-media"><img class="artdeco-entity-image artdeco-entity-image--square-4" alt=""></div>
<div class="base-search-card__info">
<h3 class="base-search-card__title">${titleHtml}</h3>
<h4 class="base-search-card__subtitle"><a class="hidden-nested-link" href="https://www.linkedin.com/company/${company.toLowerCase().replace(/ /g, '-')}">${company}</a></h4>
<div class="base-search-card__metadata">
<span class="job-search-card__location">${pick(r, CITIES)}</span>
<span class="job-search-card__salary-info">$${low},000.00 - $${low + 30},000.00</span>
<div class="job-posting-benefits text-sm"><span class="job-posting-benefits__text">${pick(r, BADGES)}</span></div>
<time class="job-search-card__listdate" datetime="2026-11-${10 + (id % 15)}">${1 + (id % 9)} days ago</time>
</div>
<p class="job-search-card__snippet">${sentence(r, 14)}.${mention}</p>
<ul class="job-search-card__badges"><li>${pick(r, BADGES)}</li><li>${pick(r, BADGES)}</li></ul>
</div>
</div>
</li>`;
}

const CHROME_TOP = `<header class="header"><nav class="nav" aria-label="Primary"><a href="/jobs">Jobs</a> <a href="/people">People</a> <a href="/learning">Learning</a></nav>
<form class="base-search-bar" role="search"><input name="keywords" value="manager"><input name="location" value="United States"><button type="submit">Search</button></form></header>`;
const CHROME_BOTTOM = `<aside class="related-searches"><h2>Related searches</h2><ul><li><a href="/jobs/program-manager-jobs">Program Manager jobs</a></li><li><a href="/jobs/account-manager-jobs">Account Manager jobs</a></li></ul></aside>
<footer class="li-footer"><ul><li><a href="/legal/user-agreement">User Agreement</a></li><li><a href="/legal/privacy-policy">Privacy Policy</a></li><li><a href="/legal/cookie-policy">Cookie Policy</a></li></ul></footer>`;

// Real logged-out pages name themselves in <head> (saved: aayussh "d_jobs_guest_search", dinie
// "d_jobs_guest_details"); the LinkedIn adapter reads that to pick the layout's selectors.
function doc(title, body, extraHead = '', pageKey = 'd_jobs_guest_search') {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="pageKey" content="${pageKey}"><meta name="locale" content="en_US">${extraHead}</head><body>${body}</body></html>`;
}

/** The search results page with `n` cards. */
export function searchPage(n, { extraBody = '', extraHead = '', seed = 1 } = {}) {
  const r = rng(seed);
  const cards = [];
  for (let i = 0; i < n; i++) cards.push(card(r, 3900000000 + i));
  return doc(
    `${n.toLocaleString('en-US')} Manager jobs in United States`,
    `${CHROME_TOP}${extraBody}<main id="main-content" class="two-pane-serp-page__results" role="main">
<div class="results-context-header"><h1 class="results-context-header__context"><span>${n}</span> Manager jobs in United States</h1></div>
<section class="two-pane-serp-page__results-list"><ul class="jobs-search__results-list">
${cards.join('\n')}
</ul></section></main>${CHROME_BOTTOM}`,
    extraHead,
  );
}

/**
 * Sets of `count` cards each, for the append benchmark. Exactly `share` of all the cards (rounded)
 * have a role title, placed at random: a random share per card left the realised share to the
 * seed (4.8% in one set of batches, 6.5% in another). `twin`: the same cards under other posting
 * ids (the same seed gives the same titles, companies and text), to append them a second way.
 */
export function cardBatches(batches, count, seed = 99, share = 0.05, twin = 0) {
  const r = rng(seed);
  const total = batches * count;
  // A partial Fisher-Yates shuffle of the card positions: the first `roles` are role cards.
  const positions = Array.from({ length: total }, (_, i) => i);
  const roles = Math.round(total * share);
  for (let i = 0; i < roles; i++) {
    const j = i + Math.floor(r() * (total - i));
    [positions[i], positions[j]] = [positions[j], positions[i]];
  }
  const isRole = new Set(positions.slice(0, roles));
  const idBase = 4100000000 + seed * 10000 + twin * 5000;
  return Array.from({ length: batches }, (_, b) =>
    Array.from({ length: count }, (_, i) => card(r, idBase + b * count + i, isRole.has(b * count + i) ? 1 : 0)).join('\n'),
  );
}

/** A job view whose description has `paragraphs` paragraphs, ~3% naming a role. */
export function descriptionPage(paragraphs = 3000, seed = 7) {
  const r = rng(seed);
  const parts = [];
  for (let i = 0; i < paragraphs; i++) {
    const roll = r();
    let text = sentence(r, 18 + Math.floor(r() * 20));
    if (roll < 0.02) text += ' You will partner with each Program Manager and Account Manager on delivery.';
    else if (roll < 0.03) text += ' Reporting line: Senior <strong>Program</strong> Manager, Payments.';
    if (i % 40 === 0) parts.push(`<h3>${sentence(r, 3)}</h3>`);
    if (i % 25 === 10) parts.push(`<ul><li>${sentence(r, 8)}</li><li>${sentence(r, 9)}</li><li>${sentence(r, 7)}</li></ul>`);
    else parts.push(`<p>${text}.</p>`);
  }
  return doc(
    'Senior Program Manager | Northwind | LinkedIn',
    `${CHROME_TOP}<main class="main"><section class="top-card-layout"><h1 class="top-card-layout__title">Senior Program Manager</h1>
<h4 class="top-card-layout__second-subline"><a class="topcard__org-name-link" href="https://www.linkedin.com/company/northwind">Northwind</a> <span class="topcard__flavor">Seattle, WA</span></h4></section>
<section class="description"><div class="description__text description__text--rich"><div class="show-more-less-html__markup">${parts.join('\n')}</div></div></section></main>${CHROME_BOTTOM}`,
    '',
    'd_jobs_guest_details',
  );
}

/** A search page whose ticker is rewritten `rate` times a second while `window.__storm(ms)` runs. */
export function stormPage(n = 100) {
  const script = `<script>
window.__storm = (ms) => new Promise((resolve) => {
  const el = document.getElementById('ticker');
  let writes = 0;
  const ids = [];
  const t0 = performance.now();
  // Chromium clamps nested timers to 4 ms: four interleaved intervals tick ~1,000 times a second;
  // a late tick catches up (a few writes in one task) so the count stays at one per millisecond.
  for (let k = 0; k < 4; k++) setTimeout(() => ids.push(setInterval(() => {
    for (let i = 0; i < 4 && writes < performance.now() - t0; i++) {
      writes++;
      el.textContent = 'NWND ' + (100 + (writes % 997) / 100).toFixed(2);
    }
  }, 4)), k);
  setTimeout(() => { ids.forEach(clearInterval); resolve({ writes, ms: performance.now() - t0 }); }, ms);
});
</script>`;
  return searchPage(n, { extraBody: '<div id="ticker" class="market-ticker">NWND 100.00</div>', extraHead: script });
}
