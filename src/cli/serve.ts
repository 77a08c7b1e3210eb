import type { Config } from '../config.js';
import { startServer } from '../main.js';

/** `dateline serve`: runs until SIGINT/SIGTERM, then closes connections and the database. */
export async function run(config: Config): Promise<void> {
  const server = await startServer(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
