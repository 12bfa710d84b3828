/**
 * Somewhere to keep a draft that survives a reload: localStorage when the
 * browser allows it, else memory for as long as the page lives. Storage can be
 * blocked (privacy settings, sandboxed frames) or full, and both only show when
 * used, so every call is guarded and reports where the data went.
 */
export type DraftLocation = 'storage' | 'memory';

const memory = new Map<string, string>();

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Saves `text` under `key`; returns where it went. Never throws. */
export function saveDraft(key: string, text: string): DraftLocation {
  const storage = localStorageOrNull();
  if (storage) {
    try {
      storage.setItem(key, text);
      memory.delete(key);
      return 'storage';
    } catch {
      // Full or blocked: memory below.
    }
  }
  memory.set(key, text);
  return 'memory';
}

/** The draft under `key`, from memory first (it is newer when storage failed), or null. Never throws. */
export function loadDraft(key: string): { text: string; location: DraftLocation } | null {
  const held = memory.get(key);
  if (held !== undefined) return { text: held, location: 'memory' };
  const storage = localStorageOrNull();
  if (!storage) return null;
  try {
    const text = storage.getItem(key);
    return text === null ? null : { text, location: 'storage' };
  } catch {
    return null;
  }
}

/** Removes the draft under `key` everywhere. Never throws. */
export function clearDraft(key: string): void {
  memory.delete(key);
  try {
    localStorageOrNull()?.removeItem(key);
  } catch {
    // Nothing more can be done; the draft is gone from memory.
  }
}
