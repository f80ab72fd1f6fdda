// Every subgraph module, for the scripts that work on all of them (schema printing, start, tests).
import type { SubgraphModule } from '../shared/server/subgraph';
import { casesSubgraph } from '../subgraphs/cases/subgraph';
import { personsSubgraph } from '../subgraphs/persons/subgraph';
import { assetsSubgraph } from '../subgraphs/assets/subgraph';
import { documentsSubgraph } from '../subgraphs/documents/subgraph';
import { accessSubgraph } from '../subgraphs/access/subgraph';

export const SUBGRAPHS: SubgraphModule[] = [casesSubgraph, personsSubgraph, assetsSubgraph, documentsSubgraph, accessSubgraph];
