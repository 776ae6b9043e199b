/**
 * Freezes an object and everything reachable from it, and returns it with its type
 * unchanged. Already-frozen values are skipped.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
