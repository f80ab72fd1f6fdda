// `npm run bench`: load through the gateway (autocannon, fixed duration and connections) on the project database,
// with the stack as separate processes like `npm start`. Prints requests/s, p50/p99 latency and the SQL statements
// per request of each subgraph (read from their /metrics before and after).
//   npm run bench                              the README's case query, as the head of the Hà Nội agency
//   npm run bench -- --scenario statistics     national statistics for a year, as an auditor
//   npm run bench -- --compare-rules 3         alternate runs with and without the field rules, medians
//   options: --duration 15 --connections 10 --cases 200
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PROJECT_ROOT, SUBGRAPH_NAMES, servicePort } from '../shared/config';
import { issueDevToken } from '../shared/auth/identity-tokens';
import { openDatabase, migrateAll } from './database';
import { DEFAULT_SEED_OPTIONS, isSeeded, seedDatabase } from './seed';
import { startStackProcesses } from './stack-processes';
import { Client } from 'pg';

interface RunResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  sqlPerRequest: Record<string, number>;
}

const say = (line: string) => console.log(line);

async function sqlCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const text = await (await fetch(`http://127.0.0.1:${servicePort(name)}/metrics`)).text();
    const m = /sql_statements_total\{source="graphql"[^}]*\} (\d+)/.exec(text);
    counts[name] = m ? Number(m[1]) : 0;
  }
  return counts;
}

async function workload(url: string, scenario: string, caseCount: number) {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    if (scenario === 'statistics') {
      return { bodies: [JSON.stringify({ query: fs.readFileSync(path.join(PROJECT_ROOT, 'client/operations/national-statistics.graphql'), 'utf8'), variables: { from: '2025-01-01', to: '2025-12-31' } })], token: await issueDevToken({ typ: 'staff', sub: 'bench-auditor', name: 'Bench auditor', role: 'AUDITOR' }) };
    }
    const { rows } = await db.query<{ number: string }>(
      `select number from cases.enforcement_case where agency_id = 'THADS-01' order by number limit $1`,
      [caseCount],
    );
    const { rows: heads } = await db.query<{ id: string; full_name: string }>(`select id, full_name from cases.officer where agency_id = 'THADS-01' and role = 'HEAD' order by id limit 1`);
    const query = fs.readFileSync(path.join(PROJECT_ROOT, 'client/operations/case-overview.graphql'), 'utf8');
    return {
      bodies: rows.map((r) => JSON.stringify({ query, variables: { number: r.number }, operationName: 'CaseOverview' })),
      token: await issueDevToken({ typ: 'staff', sub: 'bench-head', name: heads[0].full_name, role: 'HEAD', agency_id: 'THADS-01', officer_id: heads[0].id }),
    };
  } finally {
    await db.end();
  }
}

async function run(label: string, gatewayUrl: string, bodies: string[], token: string, duration: number, connections: number): Promise<RunResult> {
  let next = 0;
  let graphqlErrors = 0;
  const options = {
    url: `${gatewayUrl}/graphql`,
    connections,
    duration,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[next++ % bodies.length] }), onResponse: (_s: number, body: string) => { if (body.includes('"errors"')) graphqlErrors++; } }],
  };
  // warm-up: caches, JIT, pools
  await autocannon({ ...options, duration: 3 } as unknown as autocannon.Options);
  graphqlErrors = 0;
  const before = await sqlCounts();
  const result = await autocannon(options as unknown as autocannon.Options);
  const after = await sqlCounts();
  const requests = result.requests.total;
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    sqlPerRequest: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, requests ? (after[n] - before[n]) / requests : 0])),
  };
}

function table(results: RunResult[]): string {
  const header = ['run', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', ...SUBGRAPH_NAMES.map((n) => `SQL/req ${n}`), 'SQL/req total'];
  const rows = results.map((r) => [
    r.label,
    r.requestsPerSecond.toFixed(1),
    String(r.p50),
    String(r.p99),
    String(r.requests),
    String(r.errors + r.non2xx + r.graphqlErrors),
    ...SUBGRAPH_NAMES.map((n) => r.sqlPerRequest[n].toFixed(2)),
    Object.values(r.sqlPerRequest).reduce((a, b) => a + b, 0).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'case-overview' },
      duration: { type: 'string', default: '15' },
      connections: { type: 'string', default: '10' },
      cases: { type: 'string', default: '200' },
      'compare-rules': { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const db = await openDatabase(say);
  try {
    await migrateAll(db.url);
    if (!(await isSeeded(db.url))) {
      say(`Seeding the default dataset first (${DEFAULT_SEED_OPTIONS.persons} persons, ${DEFAULT_SEED_OPTIONS.cases} cases)…`);
      await seedDatabase(db.url, { ...DEFAULT_SEED_OPTIONS, log: (l) => say(`  ${l}`) });
    }
    const { bodies, token } = await workload(db.url, values.scenario!, Number(values.cases));
    say(`Scenario ${values.scenario}: ${bodies.length} distinct request(s), ${connections} connections, ${duration} s per run.`);
    const results: RunResult[] = [];
    const variants = values['compare-rules'] ? Array.from({ length: Number(values['compare-rules']) }, () => [false, true]).flat() : [false];
    for (const [i, withoutRules] of variants.entries()) {
      const stack = await startStackProcesses(db.url, withoutRules ? { BENCH_WITHOUT_FIELD_RULES: 'true' } : {}, (l) => say(l));
      try {
        const label = `${values.scenario}${values['compare-rules'] ? ` #${Math.floor(i / 2) + 1} ${withoutRules ? 'without rules' : 'with rules'}` : ''}`;
        say(`running ${label}…`);
        results.push(await run(label, stack.gatewayUrl, bodies, token, duration, connections));
      } finally {
        await stack.stop();
      }
    }
    say('');
    say(table(results));
    if (values['compare-rules']) {
      const withRules = results.filter((r) => r.label.endsWith('with rules')).map((r) => r.requestsPerSecond);
      const without = results.filter((r) => r.label.endsWith('without rules')).map((r) => r.requestsPerSecond);
      say(`\nmedian req/s with rules ${median(withRules).toFixed(1)}, without ${median(without).toFixed(1)}: authorization costs ${(100 * (1 - median(withRules) / median(without))).toFixed(1)}%`);
    }
  } finally {
    if (db.embedded && !db.embedded.reused) await db.embedded.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
