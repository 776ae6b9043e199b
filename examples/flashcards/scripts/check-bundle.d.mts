/** One forbidden pattern and what it stands for. */
export interface ForbiddenPattern {
  readonly pattern: RegExp;
  readonly reason: string;
}

export const FORBIDDEN: readonly ForbiddenPattern[];

/** Returns one message per forbidden pattern found in `dir`'s `.js` files (dist/assets by default). */
export function checkBundle(dir?: string): string[];
