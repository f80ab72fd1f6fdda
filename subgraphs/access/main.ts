// Runs the access subgraph alone, configured from the environment (see README: Configuration).
import 'reflect-metadata';
import { runSubgraphMain } from '../../shared/server/main';
import { accessSubgraph } from './subgraph';

runSubgraphMain(accessSubgraph);
