// Every subgraph module, for the scripts that work on all of them (schema printing, start, tests).
import type { SubgraphModule } from '../shared/server/subgraph';
import { personsSubgraph } from '../subgraphs/persons/subgraph';

export const SUBGRAPHS: SubgraphModule[] = [personsSubgraph];
