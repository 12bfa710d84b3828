/** True when `value` is one of the members of an `as const` list; narrows to the list's union type. */
export function isOneOf<const T extends readonly unknown[]>(list: T, value: unknown): value is T[number] {
  return list.includes(value);
}
