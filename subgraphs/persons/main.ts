// Runs the persons subgraph alone, configured from the environment (see README: Configuration).
import 'reflect-metadata';
import { runSubgraphMain } from '../../shared/server/main';
import { personsSubgraph } from './subgraph';

runSubgraphMain(personsSubgraph);
