/** Disjoint sets over 0..n-1 (union–find with path halving): groups of things found equal pair by pair. */
export function disjointSets(n: number): { find(i: number): number; union(i: number, j: number): void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return {
    find,
    union(i, j) {
      parent[find(i)] = find(j);
    },
  };
}
