/**
 * The card's styles, applied inside its shadow root only. `:host` resets
 * everything the page could pass down by inheritance (fonts, colours, line
 * height), and sizes are in px so a page's root font size changes nothing.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: absolute; box-sizing: border-box; width: 380px; max-width: calc(100vw - 16px); max-height: min(70vh, 560px);
  overflow: auto; padding: 12px 14px; border-radius: 10px; border: 1px solid #c9c6d6; background: #fff; color: #1d1b24;
  box-shadow: 0 8px 28px rgba(20, 10, 50, .28); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}
.card:focus { outline: 2px solid #5b3cc4; outline-offset: 2px; }
header { display: flex; gap: 10px; align-items: flex-start; }
header > div { flex: 1; }
h2 { margin: 0; font-size: 14px; font-weight: 650; }
h3 { margin: 10px 0 4px; font-size: 11px; font-weight: 650; text-transform: uppercase; letter-spacing: .04em; color: #5d5870; }
.summary { margin: 2px 0 0; color: #5d5870; font-size: 12px; }
.badge { flex: none; width: 14px; height: 14px; margin-top: 3px; border-radius: 3px; }
.badge.agree { background: #2ea043; }
.badge.conflict { background: #d9482b; border-radius: 50%; }
.badge.related { background: #4c7fe6; transform: rotate(45deg) scale(.85); }
ul { list-style: none; margin: 0; padding: 0; }
.report { padding: 8px 0; border-top: 1px solid #ebe9f1; }
.meta { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; font-size: 12px; color: #5d5870; }
.outlet { font-weight: 600; color: #1d1b24; }
.tag { font-size: 11px; font-weight: 650; padding: 0 5px; border-radius: 4px; }
.tag.agree { color: #17652a; background: #dff3e3; }
.tag.conflict { color: #8f2412; background: #fbe2dc; }
.tag.related { color: #1f4aa8; background: #e1e9fb; }
.headline { margin: 2px 0; font-weight: 600; }
.sentence { margin: 4px 0; padding: 0 0 0 8px; border-left: 3px solid #d4d0e2; font-style: normal; }
.why { margin: 2px 0 0; font-size: 12px; color: #5d5870; }
.notice { margin: 8px 0 0; font-size: 12px; color: #8f2412; }
footer { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; padding-top: 8px; border-top: 1px solid #ebe9f1; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid #c9c6d6; background: #f6f5fa; border-radius: 6px; padding: 3px 9px; }
button:hover { background: #ecebf4; }
button:focus-visible { outline: 2px solid #5b3cc4; outline-offset: 1px; }
.open { background: #5b3cc4; border-color: #5b3cc4; color: #fff; font-weight: 600; }
.open:hover { background: #4a2fa8; }
.close { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
.nav { display: flex; align-items: center; gap: 6px; color: #5d5870; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .card { background: #221f2b; color: #ecebf2; border-color: #4a4558; }
  h3, .summary, .meta, .why, .nav { color: #b3aec4; }
  .outlet { color: #ecebf2; }
  .report, footer { border-color: #3a3646; }
  .sentence { border-color: #4a4558; }
  button { background: #2e2a3a; border-color: #4a4558; }
  .tag.agree { color: #9fe3ad; background: #1f3d26; }
  .tag.conflict { color: #ffb4a3; background: #4a2119; }
  .tag.related { color: #b4c8ff; background: #1f2c4d; }
  .notice { color: #ffb4a3; }
}
`;
