/**
 * Field-level rules of a complaint record: what counts as a phone number, an
 * e-mail address, an instant, and clean text. Pure functions, linear in their
 * input, that never throw.
 */

// C0 and C1 control characters, and unpaired surrogates (text that cannot be stored or spoken).
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;
// Multi-line fields (the customer's words) may keep tabs and line breaks.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}/u;

/** True when `text` holds no control character (line breaks and tabs allowed when `multiLine`) and no broken UTF-16. */
export function isCleanText(text: string, multiLine = false): boolean {
  return !(multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(text);
}

/** Limits of every text field, in UTF-16 code units after trimming. */
export const COMPLAINT_LIMITS = Object.freeze({
  name: 100,
  honorific: 20,
  phone: 40,
  email: 254,
  address: 500,
  reference: 100,
  description: 10_000,
  outcomeDetail: 1_000,
  readBackText: 20_000,
  correction: 200,
  corrections: 50,
  extraKey: 64,
  extraValue: 2_000,
  extraEntries: 50,
});

// The "valid e-mail address" production of the HTML standard (input type=email).
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** An e-mail address as the HTML standard's `input type=email` accepts it (no IDN, no quoted local parts). */
export function isValidEmail(text: string): boolean {
  return text.length <= COMPLAINT_LIMITS.email && EMAIL.test(text);
}

// An extension after the number: "ext. 12", "x12", "#12", "转 8021", "分機 12".
const EXTENSION = /\s*(?:ext\.?|extension|x|#|转|轉|分机|分機)\s*\d{1,6}$/i;
// What may appear around the digits: spaces, dashes, dots and one pair of brackets.
const PHONE_BODY = /^\+?[\d\s().-]+$/;
const CN_MOBILE = /^1[3-9]\d{9}$/;
// North American number written with its trunk 1: 1 NPA NXX XXXX.
const NANP_WITH_TRUNK = /^1[2-9]\d{2}[2-9]\d{6}$/;
// Chinese landline without its trunk 0: a 2–3 digit area code (10, 20–29, 3xx–9xx) and 7–8 digits.
const CN_LANDLINE_NATIONAL = /^(?:10|2\d)\d{8}$|^[3-9]\d{2}\d{7,8}$/;

function bracketsBalanced(body: string): boolean {
  const open = body.indexOf('(');
  const close = body.indexOf(')');
  if (open === -1 && close === -1) return true;
  if (open === -1 || close === -1 || close < open) return false;
  // One pair, not empty, holding digits only: "(010)", "+1 (415)", "+44 (0)20".
  if (body.indexOf('(', open + 1) !== -1 || body.indexOf(')', close + 1) !== -1) return false;
  return /^\d{1,5}$/.test(body.slice(open + 1, close));
}

/**
 * A phone number a person could dial: international (`+44 20 7946 0958`,
 * `0044…`), Chinese mobile (`138 0013 8000`) or landline (`010-8888 6666`,
 * `(0755) 1234567`), North American (`(415) 555-0100`), with spaces, dashes, dots,
 * one pair of brackets and an optional extension (`ext. 12`, `x12`, `转 8021`).
 * Permissive about layout, strict about what the digits can be.
 */
export function isPlausiblePhone(text: string): boolean {
  if (text.length > COMPLAINT_LIMITS.phone) return false;
  const body = text.replace(EXTENSION, '').trim();
  if (!PHONE_BODY.test(body) || !bracketsBalanced(body)) return false;
  if (/[-.]{2,}/.test(body) || /^[-.)]|[-.(]$/.test(body)) return false;
  const international = body.startsWith('+');
  // "+44 (0)20 …": the bracketed trunk zero is not dialled from abroad.
  const digits = (international ? body.replace(/\(0\)/, '') : body).replace(/\D/g, '');
  if (/^(\d)\1*$/.test(digits)) return false;
  if (international || digits.startsWith('00')) {
    const e164 = international ? digits : digits.slice(2);
    if (e164.length < 8 || e164.length > 15 || e164.startsWith('0')) return false;
    if (e164.startsWith('86')) {
      const national = e164.slice(2);
      return CN_MOBILE.test(national) || CN_LANDLINE_NATIONAL.test(national);
    }
    if (e164.startsWith('1')) return e164.length === 11 && NANP_WITH_TRUNK.test(e164);
    return true;
  }
  if (digits.startsWith('0')) {
    // A trunk 0 and an area code: Chinese landlines (0xx-xxxxxxxx) and many other countries' forms.
    return digits.length >= 9 && digits.length <= 12;
  }
  if (digits.length === 11 && digits.startsWith('1')) return CN_MOBILE.test(digits) || NANP_WITH_TRUNK.test(digits);
  return digits.length >= 7 && digits.length <= 12;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Epoch ms of an ISO 8601 date-time with an offset or `Z` (`2026-11-23T18:00+08:00`),
 * or null when it is not one or names a day that does not exist (30 February).
 */
export function parseIsoInstant(text: string): number | null {
  if (text.length > 40) return null;
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return null;
  const ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : null;
}

/** Keys hosts may use under `extra`: letters, digits, `_ . : -`; never names that reach an object's prototype. */
export function isSafeExtraKey(key: string): boolean {
  return (
    key.length > 0 &&
    key.length <= COMPLAINT_LIMITS.extraKey &&
    /^[\p{L}\p{N}_.:-]+$/u.test(key) &&
    key !== '__proto__' &&
    key !== 'constructor' &&
    key !== 'prototype'
  );
}
