import type { Lang } from '../../core/lang.js';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape of a catalogue: the English strings' keys, and function signatures for strings with values. */
export type MessagesOf<T> = Widen<T>;

/**
 * Declares one feature's UI strings in the three languages. English defines the
 * shape; the compiler rejects a Chinese catalogue with a missing, extra or
 * differently-typed entry.
 */
export function defineMessages<const T>(catalogues: { en: T } & Record<Exclude<Lang, 'en'>, Widen<T>>): Record<Lang, Widen<T>> {
  return catalogues as Record<Lang, Widen<T>>;
}
