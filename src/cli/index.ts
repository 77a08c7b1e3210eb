#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { isDatelineError } from '../errors.js';

const USAGE = `Usage: dateline <command> [options]

Commands:
  serve                          serve the site (migrates; seeds a demo newsroom into an empty database)
  migrate                        apply pending database migrations
  seed-demo [--articles N] [--seed S]
                                 fill an empty database with a generated demo newsroom
  analyze [--json] [FILE|-]      entities, suggested tags and quotes of a text (plain text or JSON {title, body})
  analyze --article ID [--json]  what is stored for an article
  reanalyze [--batch N] [--from ID]
                                 analyse every stored article again (after an upgrade); one transaction
                                 unless --batch commits every N articles
  help                           this text

Configuration comes from the environment (PORT, DATABASE_URL, TIME_ZONE, ...) and dateline.config.json.`;

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      article: { type: 'string' },
      batch: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'help', ...rest] = positionals;
  if (values.help || command === 'help') {
    print(USAGE);
    return;
  }
  switch (command) {
    case 'serve':
      return (await import('./serve.js')).run(loadConfig());
    case 'migrate':
      return (await import('./migrate.js')).run(loadConfig(), print);
    case 'seed-demo':
      return (await import('./seed-demo.js')).run(loadConfig(), values, print);
    case 'analyze':
      return (await import('./analyze.js')).run(
        { file: rest[0], json: values.json, article: values.article },
        print,
      );
    case 'reanalyze':
      return (await import('./reanalyze.js')).run(loadConfig(), values, print);
    default:
      throw new Error(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = isDatelineError(error) || error instanceof Error ? error.message : String(error);
  process.stderr.write(`dateline: ${message}\n`);
  process.exitCode = 1;
});
