/** A point in time: epoch milliseconds, an ISO 8601 string with an offset (or `Z`), or a Date. */
export type Instant = number | string | Date;

// Date-only strings and offset-less date-times are parsed by JS engines in different
// zones (UTC vs local), so an explicit offset is required for strings.
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Converts an {@link Instant} to epoch ms, or returns `null` when it is not a valid instant. */
export function toEpochMs(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!ISO_WITH_OFFSET.test(text)) return null;
    const ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}
