// Runs the cases subgraph alone, configured from the environment (see README: Configuration).
import 'reflect-metadata';
import { runSubgraphMain } from '../../shared/server/main';
import { casesSubgraph } from './subgraph';

runSubgraphMain(casesSubgraph);
