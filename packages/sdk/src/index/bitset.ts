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

/** A posting: a dense bitset, or a sorted list of positions when that is smaller. */
export type Posting = Bitset | { readonly positions: Uint32Array };

export function toPosting(positions: readonly number[], size: number): Posting {
  if (positions.length * 32 >= size) {
    const bits = emptyBitset(size);
    for (const p of positions) bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
    return bits;
  }
  return { positions: Uint32Array.from(positions) };
}

export function postingLength(posting: Posting): number {
  return posting instanceof Uint32Array ? Number.POSITIVE_INFINITY : posting.positions.length;
}

/** ORs a posting into `target`. */
export function orInto(target: Bitset, posting: Posting): void {
  if (posting instanceof Uint32Array) {
    for (let i = 0; i < target.length; i++)
      target[i] = (target[i] as number) | (posting[i] as number);
  } else {
    for (const p of posting.positions)
      target[p >>> 5] = (target[p >>> 5] as number) | (1 << (p & 31));
  }
}

export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) & (other[i] as number);
}

export function andNotInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) & ~(other[i] as number);
}

export function popcount(bits: Bitset): number {
  let total = 0;
  for (let i = 0; i < bits.length; i++) {
    let v = bits[i] as number;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    total += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  }
  return total;
}

/** The set positions, ascending. */
export function positionsOf(bits: Bitset): number[] {
  const out: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i] as number;
    while (word !== 0) {
      const low = word & -word;
      out.push((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
