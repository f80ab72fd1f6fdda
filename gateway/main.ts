// Runs the gateway alone, configured from the environment (see README: Configuration).
import 'reflect-metadata';
import { logger } from '../shared/logger';
import { startGateway } from './server';
import { publicRoutes } from './public-routes';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';

startGateway({ routes: publicRoutes() })
  .then((gateway) => {
    const stop = async () => {
      await gateway.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Started by `npm start`: stop with it, even if it was killed and could not tell us.
    if (process.connected) process.once('disconnect', stop);
  })
  .catch((error) => {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  });
