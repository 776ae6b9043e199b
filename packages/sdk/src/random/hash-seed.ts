/**
 * Hashes a string to the four 32-bit words of sfc32's starting state with xmur3 (a
 * public-domain string hash that yields a stream of 32-bit words), reading the string as
 * UTF-16 code units so every platform gives the same words. Pinned: changing it changes
 * every seeded order. The words are held as int32 (the same bits as xmur3's unsigned
 * words), which the generator loops read without boxing.
 */
export function hashSeed(key: string): Int32Array {
  let h = 1779033703 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const word = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h;
  };
  return Int32Array.of(word(), word(), word(), word());
}
