/**
 * A value as it would be written in code, for error messages: numbers as numbers,
 * strings quoted, objects as JSON; its type when it has no JSON form (a function, a
 * symbol, a bigint, an object that refers to itself). Never throws.
 */
export function showValue(value: unknown): string {
  try {
    return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? typeof value);
  } catch {
    return typeof value;
  }
}
