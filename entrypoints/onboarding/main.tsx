import '@/components/popup/theme.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BOARD_ADAPTERS } from '@/utils/adapters/registry';

// Board names as people know them, once each (a board may have several adapters).
const BOARDS = [...new Set(BOARD_ADAPTERS.map((a) => a.name))].sort((a, b) => a.localeCompare(b));

/** First run: what Role Lens does, what it can see, how to use it. Opened once, on install. */
function Onboarding() {
  return (
    <main class="onboarding">
      <h1>Role Lens is ready</h1>
      <p>
        On job boards, Role Lens highlights job titles that name a <strong>Program Manager</strong> or an{' '}
        <strong>Account Manager</strong>. Point at a highlighted title, or move keyboard focus to it, and a card explains
        the role: typical duties, focus, education, work environment, skills and average salary, with a comparison of the
        two.
      </p>

      <h2>What it can see</h2>
      <p>
        The job titles on the pages of these boards: {BOARDS.join(', ')}. Elsewhere it reads nothing unless you ask it to,
        from its toolbar button, for one page or one site.
      </p>
      <p>
        Nothing is sent anywhere: the role facts ship with the extension. Your settings stay in your browser, and reach
        your other browsers only through the browser's own sync, if you use it.
      </p>

      <h2>How to use it</h2>
      <ol>
        <li>Open a job search on one of the boards above.</li>
        <li>Point at a highlighted title to see its card.</li>
        <li>Click the Role Lens button in the toolbar for the list of matches on the page, the role library and settings.</li>
      </ol>
      <div class="actions">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open settings
        </button>
      </div>
    </main>
  );
}

render(<Onboarding />, document.getElementById('app')!);
