/**
 * Focus and overlay helpers for elements that open on top of the page: remember
 * who opened them so focus can go back there, and decide whether an Escape press
 * belongs to them or to an overlay opened above them (a nested dialog, a popover,
 * a host's own menu).
 */

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses `element` if it is still in the document and can take focus; returns whether it did. */
export function restoreFocus(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement || element instanceof SVGElement) || !element.isConnected) return false;
  element.focus({ preventScroll: true });
  return deepActiveElement() === element;
}

// Overlays opened by Rapport elements, oldest first. The native top layer has no
// API that lists its order, so elements register when they open and leave on close.
const stack: Element[] = [];

export function pushOverlay(element: Element): void {
  removeOverlay(element);
  stack.push(element);
}

export function removeOverlay(element: Element): void {
  const index = stack.indexOf(element);
  if (index >= 0) stack.splice(index, 1);
}

function isOpenOverlay(node: Element): boolean {
  if (node instanceof HTMLDialogElement) return node.open;
  // Only auto popovers close on Escape by themselves; a manual one (a toast) must not swallow the key forever.
  if (node instanceof HTMLElement && node.hasAttribute('popover') && node.getAttribute('popover') !== 'manual') {
    try {
      return node.matches(':popover-open');
    } catch {
      return false;
    }
  }
  return node.getAttribute('aria-modal') === 'true' && !node.closest('[hidden]');
}

function hasOpenAutoPopover(root: Document | ShadowRoot): boolean {
  try {
    for (const node of root.querySelectorAll(':popover-open')) {
      if (node.getAttribute('popover') !== 'manual') return true;
    }
  } catch {
    // Browsers without popover support have none open.
  }
  return false;
}

/**
 * Whether an Escape `event` is this overlay's to handle: nobody handled it yet, it
 * did not come from inside another open overlay, no auto popover is open (it is on
 * top and closes itself), and no Rapport overlay was opened after this one.
 *
 * @param own the overlay's own dialog (or panel) element, to skip in the event path
 * @param host the element registered with `pushOverlay`
 */
export function isEscapeForOverlay(event: KeyboardEvent, own: Element, host: Element): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return false;
  for (const node of event.composedPath()) {
    if (node === own) break;
    if (node instanceof Element && isOpenOverlay(node)) return false;
  }
  if (hasOpenAutoPopover(document)) return false;
  const shadow = own.getRootNode();
  if (shadow instanceof ShadowRoot && hasOpenAutoPopover(shadow)) return false;
  const top = stack[stack.length - 1];
  return top === undefined || top === host;
}
