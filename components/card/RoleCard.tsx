import { Component, createRef } from 'preact';
import type { CardFacts } from '../../utils/card/bundled-facts';
import { quotedTitle } from '../../utils/card/wording';
import type { PostedSalary as PostedSalaryData } from '../../utils/salary/parse';
import { CompareView } from './CompareView';
import { RoleDetails } from './RoleDetails';

export interface RoleCardProps {
  facts: CardFacts;
  /** Roles the title names, known to `facts`, in title order (at least one). */
  roleIds: string[];
  /** The title as written on the page; rendered as text only. */
  titleText: string;
  /** The salary the posting states, if the page states one. */
  posted: PostedSalaryData | null;
  onClose: () => void;
}

type View = 'role' | 'compare';

interface RoleCardState {
  shownId: string | undefined;
  view: View;
}

/**
 * The card: a non-modal dialog about the first role a title names, with a toggle to the other
 * roles it names, and a Compare view of every role in the data.
 *
 * A class rather than hooks: preact/hooks would cost about 1 KB gzipped of the card's 22 KB budget
 * for the two bits of state and one focus move this needs.
 */
export class RoleCard extends Component<RoleCardProps, RoleCardState> {
  override state: RoleCardState = { shownId: this.props.roleIds[0], view: 'role' };
  private compareButton = createRef<HTMLButtonElement>();
  private backButton = createRef<HTMLButtonElement>();
  // Set only by a user's switch, so opening the card never steals focus from the page.
  private focusAfterSwitch = false;

  override componentDidUpdate(_: RoleCardProps, previous: RoleCardState): void {
    if (!this.focusAfterSwitch || previous.view === this.state.view) return;
    this.focusAfterSwitch = false;
    // The button just pressed is gone after a switch; without this, keyboard focus would drop to
    // the page's body.
    (this.state.view === 'compare' ? this.backButton : this.compareButton).current?.focus();
  }

  private switchTo(view: View): void {
    this.focusAfterSwitch = true;
    this.setState({ view });
  }

  override render() {
    const { facts, roleIds, titleText, posted, onClose } = this.props;
    const { shownId, view } = this.state;
    const role = facts.roles.find((r) => r.id === shownId) ?? facts.roles.find((r) => r.id === roleIds[0]);
    if (!role) return null;
    const named = roleIds.map((id) => facts.roles.find((r) => r.id === id)).filter((r) => r !== undefined);

    return (
      <div class="card" role="dialog" aria-labelledby="rl-role-name" data-role-id={role.id}>
        <div class="head">
          <div class="head-text">
            <h2 id="rl-role-name">{role.name}</h2>
            {/* <bdi>: a right-to-left title keeps its own reading order inside the English sentence. */}
            <p class="seen">
              On this page: “<bdi>{quotedTitle(titleText)}</bdi>”
            </p>
          </div>
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>

        {view === 'compare' ? (
          <CompareView
            roles={[role, ...facts.roles.filter((r) => r !== role)]}
            shared={facts.shared}
            source={facts.source}
            onBack={() => this.switchTo('role')}
            backRef={this.backButton}
          />
        ) : (
          <>
            {named.length > 1 ? (
              <div class="switch" role="group" aria-label="Roles named in this title">
                {named.map((r) => (
                  <button
                    key={r.id}
                    type="button"
                    aria-pressed={r.id === role.id}
                    onClick={() => this.setState({ shownId: r.id })}
                  >
                    {r.name}
                  </button>
                ))}
              </div>
            ) : null}
            <RoleDetails role={role} shared={facts.shared} source={facts.source} posted={posted} />
            {facts.roles.length > 1 ? (
              <div class="actions">
                <button type="button" ref={this.compareButton} onClick={() => this.switchTo('compare')}>
                  Compare
                </button>
              </div>
            ) : null}
          </>
        )}
      </div>
    );
  }
}
