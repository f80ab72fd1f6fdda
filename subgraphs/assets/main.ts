// Runs the assets subgraph alone, configured from the environment (see README: Configuration).
import 'reflect-metadata';
import { runSubgraphMain } from '../../shared/server/main';
import { assetsSubgraph } from './subgraph';

runSubgraphMain(assetsSubgraph);
