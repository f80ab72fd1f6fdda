// Runs the five subgraphs and the gateway as their own processes on one machine (for `npm start` and the benchmark).
import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT, SUBGRAPH_NAMES, envName, servicePort, subgraphBaseUrl, type SubgraphName } from '../shared/config';

export interface StackProcesses {
  gatewayUrl: string;
  children: ChildProcess[];
  stop(): Promise<void>;
}

export async function waitForReady(url: string, what: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not become ready at ${url}`);
}

function launch(name: string, entry: string, env: NodeJS.ProcessEnv, log: (line: string) => void): ChildProcess {
  // The IPC channel tells the service when this process dies, even killed hard: it then stops itself (see main.ts).
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], { cwd: PROJECT_ROOT, env: { ...env, SERVICE_NAME: name }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(`[${name}] ${line}`);
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  return child;
}

/** Starts the subgraphs, waits for them to be ready, then the gateway. */
export async function startStackProcesses(databaseUrl: string, extraEnv: NodeJS.ProcessEnv, log: (line: string) => void): Promise<StackProcesses> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    APOLLO_TELEMETRY_DISABLED: 'true',
    // Source maps inline only: the stack-trace hook that storing them installs costs every Error a service creates.
    SWC_NODE_SOURCE_MAP_MODE: process.env.SWC_NODE_SOURCE_MAP_MODE || 'inline',
    ...extraEnv,
  };
  for (const name of SUBGRAPH_NAMES) env[`SUBGRAPH_${envName(name)}_URL`] ??= `http://127.0.0.1:${servicePort(name, env)}/graphql`;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
  };
  try {
    const subgraphs = SUBGRAPH_NAMES.map((name: SubgraphName) => ({ name, child: launch(name, `subgraphs/${name}/main.ts`, env, log) }));
    children.push(...subgraphs.map((s) => s.child));
    await Promise.all(subgraphs.map((s) => waitForReady(`${subgraphBaseUrl(s.name, env)}/ready`, s.name, s.child)));
    const gateway = launch('gateway', 'gateway/main.ts', env, log);
    children.push(gateway);
    const gatewayUrl = `http://localhost:${servicePort('gateway', env)}`;
    await waitForReady(`${gatewayUrl}/ready`, 'gateway', gateway);
    return { gatewayUrl, children, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
