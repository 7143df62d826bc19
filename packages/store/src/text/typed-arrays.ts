/** A copy of `a` with room for `cap` entries (typed columns grow by doubling). */
export function widened(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
