/** Whether a value is a whole number from 0 up that is safe to count with. */
export const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;
