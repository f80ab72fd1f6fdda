// Runs the documents subgraph alone, configured from the environment (see README: Configuration).
import 'reflect-metadata';
import { runSubgraphMain } from '../../shared/server/main';
import { documentsSubgraph } from './subgraph';

runSubgraphMain(documentsSubgraph);
