import { normalizeLang, type Lang } from '../core/lang.js';

/** The nearest `lang` on the element or an ancestor, crossing shadow-root boundaries, then `<html lang>`. */
export function closestLangTag(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return tag;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return document.documentElement.getAttribute('lang');
}

export function resolveLang(element: Element): { lang: Lang; tag: string | null } {
  const tag = closestLangTag(element);
  return { lang: normalizeLang(tag), tag };
}

interface LangListener {
  langChanged(): void;
}

// One observer for the whole document: a `lang` change on any ancestor can change
// what many elements should show, and lang changes are rare enough to tell them all.
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

export function observeLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const l of listeners) l.langChanged();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
