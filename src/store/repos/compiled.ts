import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/** A value no real id takes, to find where the id sits among a compiled query's parameters. */
const SENTINEL = -987_654_321;

/**
 * Builds and compiles a query once, then runs it with a new id each time. For the hottest reads
 * (the article page) building and compiling with Kysely costs more than SQLite takes to answer.
 */
export function compiledById<DB, Row>(db: Kysely<DB>, build: (id: number) => Compilable<Row>) {
  let compiled: CompiledQuery<Row> | undefined;
  let slots: number[] = [];
  return async (id: number): Promise<Row[]> => {
    if (!compiled) {
      compiled = build(SENTINEL).compile();
      slots = compiled.parameters.flatMap((value, i) => (value === SENTINEL ? [i] : []));
      if (slots.length === 0) throw new Error('compiledById: the query does not use its id parameter');
    }
    const parameters = [...compiled.parameters];
    for (const slot of slots) parameters[slot] = id;
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
