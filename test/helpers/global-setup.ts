/** Says loudly, once per run, when the PostgreSQL half of the data-layer suites is skipped. */
export default function setup(): () => void {
  if (process.env.DATELINE_TEST_PG) {
    process.stdout.write(
      `\n[dateline] data-layer suites run on SQLite AND PostgreSQL (${process.env.DATELINE_TEST_PG})\n\n`,
    );
    return () => {};
  }
  warn();
  return warn;
}

function warn(): void {
  process.stdout.write(
    [
      '',
      '!!! ---------------------------------------------------------------------- !!!',
      '!!!  PostgreSQL SKIPPED: data-layer suites ran on SQLite only.              !!!',
      '!!!  Set DATELINE_TEST_PG=postgres://postgres@127.0.0.1:5432/test           !!!',
      '!!!  (or run `npm run test:pg`) to run them on PostgreSQL too.              !!!',
      '!!! ---------------------------------------------------------------------- !!!',
      '',
    ].join('\n'),
  );
}
