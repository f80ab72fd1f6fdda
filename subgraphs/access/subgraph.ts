// The access subgraph: partner agencies, API keys, the viewer, and the consolidated audit trail.
import express from 'express';
import type { SubgraphModule } from '../../shared/server/subgraph';
import { requireServiceToken } from '../../shared/auth/service-token';
import { AUDIT_TOPIC } from '../../shared/audit';
import { Partner } from './entities/partner';
import { ApiKey } from './entities/api-key';
import { AuditRecord } from './entities/audit-record';
import { ViewerResolver } from './resolvers/viewer-resolver';
import { AuditResolver } from './resolvers/audit-resolver';
import { KeyAdminResolver } from './resolvers/key-admin-resolver';
import { verifyKey } from './api-keys';
import { storeAuditRecords } from './audit-sink';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';

export const accessSubgraph: SubgraphModule = {
  name: 'access',
  entities: [Partner, ApiKey, AuditRecord],
  migrations: [Migration20261203000000_init],
  resolvers: [ViewerResolver, AuditResolver, KeyAdminResolver],
  permissions,
  inboxHandlers: { [AUDIT_TOPIC]: storeAuditRecords },
  // Access's own audit records (key management) go straight to its trail, through the same outbox.
  localTransports: ({ orm }) => ({
    access: async (messages) => {
      await orm.em.fork().transactional(async (em) => {
        for (const m of messages) await storeAuditRecords(em, m.payload as Parameters<typeof storeAuditRecords>[1]);
      });
    },
  }),
  routes(app, { orm, logger }) {
    app.post('/internal/api-keys/verify', requireServiceToken('access'), express.json({ limit: '4kb' }), async (req, res) => {
      try {
        const apiKey = typeof req.body?.apiKey === 'string' ? req.body.apiKey : '';
        res.json({ principal: await verifyKey(orm.em.fork(), apiKey) });
      } catch (error) {
        logger.error({ err: error }, 'API key check failed');
        res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
      }
    });
  },
};
