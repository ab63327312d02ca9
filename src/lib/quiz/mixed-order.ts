/** A small string hash (FNV-1a), so the same question is always mixed the same way. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The positions 0…n-1 in a mixed-up order that never leaves them all where they were, decided by
 * `seed` alone: the web page, the print view, Word and the slides all show the same order, and a
 * rebuild does not reshuffle a quiz a class has already seen.
 */
export function mixedOrder(n: number, seed: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = hash(seed) || 1;
  const next = () => {
    // xorshift32: enough randomness to hide the answer, and the same on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  if (n > 1 && order.every((value, i) => value === i)) order.push(order.shift() ?? 0);
  return order;
}
