/**
 * The in-page card: opened by hovering a marked sentence, by keyboard focus
 * landing inside one (a link in the sentence), or by Alt+Shift+N / Alt+Shift+P,
 * which step through the page's marks in reading order and move focus into
 * the card (Tab reaches its buttons; Escape closes it and gives focus back).
 * A shortcut rather than focusable anchors added to the page: anchors would
 * change the page's own tab order and DOM for every reader.
 *
 * The card lives in an open shadow root on a host element of ours, so the
 * page's styles do not reach it and its styles do not reach the page.
 */
import { h, render } from 'preact';
import type { Mark, Marks } from '../page/marks.ts';
import { trackPointer } from '../page/pointer.ts';
import { Card } from './Card.tsx';
import { CARD_CSS } from './card-style.ts';

export const HOST_TAG = 'second-source-card';

export interface OverlayDeps {
  signal: AbortSignal;
  marks: () => Marks;
  /** Opens the popup for a statement; resolves with a notice for the user when it could not. */
  openPopup(statementId: number): Promise<string | undefined>;
}

type Opener = 'pointer' | 'focus' | 'keyboard';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 350;

export function installOverlay(deps: OverlayDeps) {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let current: Mark | undefined;
  let opener: Opener | undefined;
  let returnFocus: HTMLElement | null = null;
  let notice: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const isOurs = (node: Node | null | undefined): boolean => !!host && !!node && (node === host || host.contains(node));

  function ensureHost() {
    if (host?.isConnected && mount) return mount;
    host = document.createElement(HOST_TAG);
    // Inline and !important: page rules for unknown elements cannot move or hide the host.
    for (const [k, v] of Object.entries({ all: 'initial', position: 'absolute', top: '0', left: '0', width: '0', height: '0', 'z-index': '2147483647' })) {
      host.style.setProperty(k, v, 'important');
    }
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    return mount;
  }

  function draw() {
    if (!current || !mount) return;
    const ordered = deps.marks().ordered();
    const statement = current.statement;
    render(
      h(Card, {
        statement,
        relation: current.relation,
        index: Math.max(0, ordered.findIndex((m) => m.statement.id === statement.id)),
        count: ordered.length,
        notice,
        onClose: () => close(true),
        onMove: (step: 1 | -1) => move(step),
        onOpenPopup: () => {
          void deps.openPopup(statement.id).then((n) => {
            notice = n;
            draw();
          });
        },
      }),
      mount,
    );
  }

  function place(card: HTMLElement, mark: Mark) {
    const rects = mark.range.getClientRects();
    const first = rects[0] ?? mark.range.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const height = card.offsetHeight;
    const width = card.offsetWidth;
    const below = innerHeight - last.bottom >= height + 8 || first.top < height + 8;
    const top = below ? last.bottom + 6 : first.top - height - 6;
    const left = Math.max(8, Math.min(first.left, innerWidth - width - 8));
    card.style.top = `${Math.round(top + scrollY)}px`;
    card.style.left = `${Math.round(left + scrollX)}px`;
  }

  function open(mark: Mark, by: Opener) {
    clearTimeout(timer);
    if (!deps.marks().shown) return;
    const target = ensureHost();
    if (current !== mark) notice = undefined;
    current = mark;
    opener = by;
    draw();
    const card = target.querySelector<HTMLElement>('.card');
    if (!card) return;
    place(card, mark);
    if (by === 'keyboard') {
      if (!isOurs(document.activeElement)) returnFocus = document.activeElement as HTMLElement | null;
      card.focus({ preventScroll: true });
    }
  }

  function close(restoreFocus: boolean) {
    clearTimeout(timer);
    if (!current) return;
    const hadFocus = isOurs(document.activeElement);
    current = undefined;
    opener = undefined;
    if (mount) render(null, mount);
    if (restoreFocus && hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  function move(step: 1 | -1) {
    const ordered = deps.marks().ordered();
    if (!ordered.length || !deps.marks().shown) return;
    const at = current ? ordered.findIndex((m) => m.statement.id === current!.statement.id) : -1;
    const next = ordered[at < 0 ? (step === 1 ? 0 : ordered.length - 1) : (at + step + ordered.length) % ordered.length]!;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    open(next, 'keyboard');
  }

  trackPointer({
    signal: deps.signal,
    marks: deps.marks,
    overOwnUi: (e) => !!host && e.composedPath().includes(host),
    onChange(mark, overUi) {
      clearTimeout(timer);
      if (overUi) return;
      if (mark) {
        if (mark !== current) timer = setTimeout(() => open(mark, 'pointer'), SHOW_DELAY_MS);
      } else if (opener === 'pointer') {
        timer = setTimeout(() => close(false), HIDE_DELAY_MS);
      }
    },
  });

  addEventListener(
    'focusin',
    (e) => {
      const target = e.composedPath()[0] as Node | undefined;
      if (!target || isOurs(target) || (host && e.composedPath().includes(host))) return;
      const mark = target.nodeType === 1 && target !== document.body ? deps.marks().containing(target) : undefined;
      if (mark) open(mark, 'focus');
      else if (opener === 'focus' || opener === 'keyboard') close(false);
    },
    { signal: deps.signal },
  );

  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && current) {
        const inCard = isOurs(document.activeElement);
        close(true);
        if (inCard) {
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || (e.code !== 'KeyN' && e.code !== 'KeyP')) return;
      const t = e.composedPath()[0] as HTMLElement | undefined;
      if (t && !isOurs(t) && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (!deps.marks().size) return;
      e.preventDefault();
      e.stopPropagation();
      move(e.code === 'KeyN' ? 1 : -1);
    },
    { capture: true, signal: deps.signal },
  );

  deps.signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      if (mount) render(null, mount);
      host?.remove();
      host = mount = null;
    },
    { once: true },
  );

  return {
    isOurs,
    /** Marks went away (navigation, toggle): the card goes with them. */
    close: () => close(false),
  };
}
