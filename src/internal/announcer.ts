/**
 * One polite live region for the whole page, shared by every element. A page with
 * a thousand countdowns should not hold a thousand live regions, and screen
 * readers announce a region reliably only when it existed before its text changed.
 */
let region: HTMLElement | undefined;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function ensureRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'false');
  region.dataset.rapportAnnouncer = '';
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  document.body.append(region);
  return region;
}

/** Announces `message` politely. Messages arriving together are read in order. */
export function announce(message: string): void {
  if (!message || typeof document === 'undefined' || !document.body) return;
  const target = ensureRegion();
  const line = document.createElement('p');
  line.textContent = message;
  target.append(line);
  // Old lines are removed later so the region never grows, without cutting off speech in progress.
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => target.replaceChildren(), 10_000);
}

/** The text currently queued for assistive technology (for tests and debugging). */
export function announcements(): string[] {
  return region ? Array.from(region.children, (child) => child.textContent ?? '') : [];
}
