/**
 * The card's stylesheet, as a string for the shadow root (never the page's head).
 *
 * Why it looks like this:
 * - `:host { all: initial !important }`: inside a shadow root, `!important` beats the page's
 *   `!important`, so page rules on the host (`* { … }`, `[popover] { … }`) and inherited fonts
 *   stop at the host. `all` leaves custom properties alone, which is how the position reaches
 *   the host (`--rl-x`, `--rl-y`, set by utils/card/position.ts).
 * - px only: `rem` follows the page's root font size.
 * - `zoom: var(--rl-zoom)`: CSS `zoom` multiplies down the tree (`body { zoom: 3 }` made the card
 *   3× as large and pushed it off-screen, found by tests/e2e/hostile/css.test.ts); `all` cannot
 *   undo an ancestor's zoom, so utils/card/host.ts sets the inverse of the container's zoom.
 * - no @font-face / @property: both are document-global and ignored or leaky in shadow roots.
 * Colours were checked for ≥ 4.5:1 text contrast against both backgrounds of each theme.
 */
export const CARD_CSS = `:host { all: initial !important; display: block !important; position: fixed !important; inset: auto !important; left: var(--rl-x, 0px) !important; top: var(--rl-y, 0px) !important; margin: 0 !important; border: 0 !important; padding: 0 !important; background: transparent !important; overflow: visible !important; width: max-content !important; height: auto !important; max-width: none !important; max-height: none !important; z-index: 2147483647 !important; color-scheme: light dark !important; pointer-events: auto !important; visibility: visible !important; opacity: 1 !important; zoom: var(--rl-zoom, 1) !important; }
:host::backdrop { background: transparent !important; }
.card { --bg: #ffffff; --panel: #f4f6f8; --fg: #1b1f24; --muted: #57606a; --accent: #0b57d0; --on-accent: #ffffff; --border: #c8d1da; --mark: #e8f0fe; box-sizing: border-box; width: 360px; max-width: 92vw; max-height: min(var(--rl-max-height, 520px), 520px); overflow: auto; overscroll-behavior: contain; padding: 12px 14px; border: 1px solid var(--border); border-radius: 10px; background: var(--bg); color: var(--fg); box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18), 0 2px 6px rgba(0, 0, 0, 0.12); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 14px; line-height: 1.4; text-align: left; overflow-wrap: anywhere; animation: rl-in 120ms ease-out; }
@keyframes rl-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-color-scheme: dark) {
.card { --bg: #1c2128; --panel: #262c36; --fg: #e6edf3; --muted: #a3adb8; --accent: #8ab4f8; --on-accent: #10151b; --border: #444c56; --mark: #263a5a; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); }
}
@media (prefers-reduced-motion: reduce) {
.card, .card * { animation: none !important; transition: none !important; }
}
*, *::before, *::after { box-sizing: border-box; }
h2, h3, p, ul, dl, dd, table { margin: 0; }
ul { padding-left: 18px; }
li + li { margin-top: 2px; }
p + p { margin-top: 4px; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.head-text { flex: 1; min-width: 0; }
h2 { font-size: 17px; font-weight: 650; line-height: 1.25; }
.seen { margin-top: 2px; color: var(--muted); font-size: 12px; }
.summary { margin-top: 8px; }
h3 { margin: 12px 0 4px; color: var(--muted); font-size: 11px; font-weight: 650; letter-spacing: 0.6px; text-transform: uppercase; }
.note { color: var(--muted); font-size: 12px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; padding: 0; list-style: none; }
.chips li { margin: 0; padding: 1px 8px; border-radius: 999px; background: var(--mark); font-size: 12px; }
.salary { margin-top: 12px; padding: 8px 10px; border-radius: 8px; background: var(--panel); }
.salary-figure { font-size: 18px; font-weight: 700; }
.posted { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--border); }
button { font: inherit; font-size: 13px; color: inherit; cursor: pointer; border: 1px solid var(--border); border-radius: 6px; background: var(--panel); padding: 3px 10px; }
button:hover { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { flex: none; width: 28px; height: 28px; padding: 0; border-color: transparent; background: transparent; font-size: 18px; line-height: 1; }
.switch { display: flex; gap: 4px; margin-top: 8px; }
.switch button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: var(--on-accent); }
.actions { display: flex; justify-content: flex-end; margin-top: 12px; }
.table-wrap { margin-top: 8px; }
.table-wrap.scroll-x { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 12px; table-layout: fixed; }
.scroll-x table { width: auto; min-width: 100%; table-layout: auto; }
caption { text-align: left; font-size: 12px; color: var(--muted); padding-bottom: 4px; }
th, td { padding: 4px; border-top: 1px solid var(--border); text-align: left; vertical-align: top; }
thead th { border-top: 0; font-size: 12px; }
tbody th { width: 76px; color: var(--muted); font-weight: 600; }
td ul { padding-left: 14px; }
@media (forced-colors: active) {
.card { border: 1px solid CanvasText; box-shadow: none; }
button { border: 1px solid ButtonText; }
.switch button[aria-pressed="true"] { background: Highlight; color: HighlightText; border-color: Highlight; forced-color-adjust: none; }
.chips li, .salary { border: 1px solid CanvasText; }
:focus-visible { outline: 2px solid Highlight; }
}
`;
