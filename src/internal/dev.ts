declare const __RAPPORT_DEV__: boolean | undefined;

/**
 * True in source builds (tests, Storybook, the demo). Production builds define
 * `__RAPPORT_DEV__` as false so every guarded warning is removed as dead code.
 */
export const DEV_MODE: boolean = typeof __RAPPORT_DEV__ === 'undefined' ? true : __RAPPORT_DEV__;

const warned = new WeakMap<object, Set<string>>();

/** Warns once per element and message about host misuse; a no-op in production builds. */
export function devWarn(element: object, message: string, ...details: unknown[]): void {
  if (!DEV_MODE) return;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[rapport] ${message}`, ...details);
}
