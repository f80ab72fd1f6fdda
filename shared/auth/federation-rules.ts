// The federation entry points every subgraph has. They are reachable only with the gateway's signed principal (see
// server/subgraph.ts); what they return is still subject to each entity type's own field rules and row scope.
import { everyone } from './rules';

export const federationRules = {
  _Service: { sdl: everyone },
};

export const federationQueryRules = {
  _entities: everyone,
  _service: everyone,
};
