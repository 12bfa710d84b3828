/** A piece of a string: plain text, or a span some evidence points at. */
export interface Segment<T> {
  text: string;
  start: number;
  mark: T | null;
}

/**
 * Splits `text` at the spans' offsets, so a view can wrap the marked pieces (e.g. in
 * `<mark>`) while every character stays text. Spans out of range, empty, or overlapping
 * an earlier one are skipped; the pieces always join back to `text`.
 */
export function splitAtSpans<T extends { start: number; end: number }>(text: string, spans: readonly T[]): Segment<T>[] {
  const usable = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const span of usable) {
    if (span.start < at) continue;
    if (span.start > at) out.push({ text: text.slice(at, span.start), start: at, mark: null });
    out.push({ text: text.slice(span.start, span.end), start: span.start, mark: span });
    at = span.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), start: at, mark: null });
  return out;
}
