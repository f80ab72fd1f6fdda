// The body of every subgraph's main.ts: start from the environment, stop cleanly on SIGINT/SIGTERM.
import { logger } from '../logger';
import { startSubgraph, type SubgraphModule } from './subgraph';

export function runSubgraphMain(module: SubgraphModule): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  startSubgraph(module)
    .then((running) => {
      const stop = async () => {
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // Started by `npm start`: stop with it, even if it was killed and could not tell us.
      if (process.connected) process.once('disconnect', stop);
    })
    .catch((error) => {
      logger.fatal({ err: error, service: module.name }, 'subgraph failed to start');
      process.exit(1);
    });
}
