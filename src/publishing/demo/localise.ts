/** Marker for template entries that only fit stories set in Bulgaria. */
const HOME_ONLY = '^';

interface Variants {
  home: readonly string[];
  abroad: readonly string[];
}

const cache = new WeakMap<readonly string[], Variants>();

/** The entries of `pool` that fit a Bulgarian (`home`) or foreign story, markers removed. */
export function localise(pool: readonly string[], home: boolean): readonly string[] {
  let variants = cache.get(pool);
  if (!variants) {
    variants = {
      home: pool.map((x) => (x.startsWith(HOME_ONLY) ? x.slice(1) : x)),
      abroad: pool.filter((x) => !x.startsWith(HOME_ONLY)),
    };
    cache.set(pool, variants);
  }
  return home ? variants.home : variants.abroad;
}
