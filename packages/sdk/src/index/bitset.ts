/** Fixed-size bitsets over question positions, as Uint32Array words. */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size).fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

/**
 * A posting: the positions of the questions with one facet value, as a dense bitset or,
 * when that is smaller, a sorted list; `count` is how many positions it holds.
 */
export type Posting =
  | { readonly count: number; readonly bits: Bitset; readonly positions?: undefined }
  | { readonly count: number; readonly bits?: undefined; readonly positions: Uint32Array };

export function toPosting(positions: readonly number[], size: number): Posting {
  if (positions.length * 32 >= size) {
    const bits = emptyBitset(size);
    for (const p of positions) bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
    return { count: positions.length, bits };
  }
  return { count: positions.length, positions: Uint32Array.from(positions) };
}

/** Whether the posting holds `position`: a bit test, or a binary search of the list. */
export function postingHas(posting: Posting, position: number): boolean {
  const { bits, positions } = posting;
  if (bits !== undefined) return (((bits[position >>> 5] as number) >>> (position & 31)) & 1) === 1;
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((positions[mid] as number) < position) low = mid + 1;
    else high = mid;
  }
  return positions[low] === position;
}

/** ORs a posting into `target`. */
export function orInto(target: Bitset, posting: Posting): void {
  const { bits, positions } = posting;
  if (bits !== undefined) {
    for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) | (bits[i] as number);
  } else {
    for (const p of positions) target[p >>> 5] = (target[p >>> 5] as number) | (1 << (p & 31));
  }
}

/** Appends the positions of the bits set in `word`, the `index`-th word, ascending. */
export function appendPositions(out: number[], word: number, index: number): void {
  let rest = word;
  while (rest !== 0) {
    const low = rest & -rest;
    out.push((index << 5) + 31 - Math.clz32(low));
    rest ^= low;
  }
}

/** The set positions, ascending. */
export function positionsOf(bits: Bitset): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) appendPositions(out, bits[i] as number, i);
  return out;
}
