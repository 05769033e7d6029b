/**
 * The local Neo4j server, without Docker: Neo4j Community 5.26 with APOC core
 * and Neo4j Browser, resolved from Maven Central by the machine's Maven
 * (pom.xml beside this file) and run with Java 17 on loopback.
 *
 * Everything it writes lives under `config.home` (`.neo4j/`, git-ignored):
 *   conf/neo4j.conf   rewritten on every start from the settings below
 *   data/ logs/ run/  the server's own folders, kept across restarts
 *   plugins/          links to the APOC jars of the resolved classpath
 *   password          generated on first start (mode 600), read by the project
 *   neo4j.pid         the process `start` launched; `stop` stops only that one
 *   classpath.json    Maven's answer, cached per pom.xml so later starts need no network
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { browserConfigurationLines } from '../explore/browser-settings';
import { Neo4jSetupError } from '../model/errors';
import type { LocalServerConfig } from './config';

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
const POM = path.join(__dirname, '..', '..', 'src', 'neo4j', 'pom.xml');
const MIN_JAVA = 17;
const STOP_GRACE_MS = 60_000;

export interface LocalServerStatus {
  running: boolean;
  pid: number | null;
  answers: boolean;
  boltUri: string;
  browserUrl: string;
  passwordFile: string;
}

export interface StartResult extends LocalServerStatus {
  alreadyRunning: boolean;
  startedInMs: number;
}

type Log = (line: string) => void;

function paths(home: string) {
  return {
    conf: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    plugins: path.join(home, 'plugins'),
    run: path.join(home, 'run'),
    password: path.join(home, 'password'),
    pid: path.join(home, 'neo4j.pid'),
    classpath: path.join(home, 'classpath.json'),
    console: path.join(home, 'logs', 'console.log'),
    authIni: path.join(home, 'data', 'dbms', 'auth.ini'),
  };
}

export function localBoltUri(config: LocalServerConfig): string {
  return `bolt://127.0.0.1:${config.boltPort}`;
}

export function localBrowserUrl(config: LocalServerConfig): string {
  return `http://localhost:${config.httpPort}/browser/`;
}

export function passwordFile(config: LocalServerConfig): string {
  return paths(config.home).password;
}

/** The password of the local server, or null before its first start. */
export function readLocalPassword(config: LocalServerConfig): string | null {
  try {
    return fs.readFileSync(paths(config.home).password, 'utf8').trim();
  } catch {
    return null;
  }
}

export function checkJava(java: string): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Neo4jSetupError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA} or newer is needed to run the local Neo4j, but "${java}" could not be run (${result.error.message}). ` +
        'Install a JDK 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME to one.',
      { cause: result.error },
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match === null ? NaN : Number(match[1] === '1' ? match[2] : match[1]);
  if (!(major >= MIN_JAVA)) {
    throw new Neo4jSetupError(
      'JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java ${MIN_JAVA} or newer; "${java} -version" reports ${Number.isNaN(major) ? 'an unknown version' : `Java ${major}`}. ` +
        'Install a JDK 17 or 21 and set JAVA_HOME to it.',
    );
  }
  return major;
}

export function checkMaven(maven: string): void {
  const result = spawnSync(maven, ['-v'], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    throw new Neo4jSetupError(
      'MAVEN_MISSING',
      `Maven is needed to fetch Neo4j from Maven Central, but "${maven} -v" did not run` +
        `${result.error === undefined ? ` (exit ${String(result.status)})` : ` (${result.error.message})`}. ` +
        'Install it (e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j instead.',
      { cause: result.error },
    );
  }
}

/** The server's classpath, from the cache when pom.xml is unchanged and every jar is still there. */
export function resolveClasspath(config: LocalServerConfig, log: Log): string[] {
  const p = paths(config.home);
  const pomHash = createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  try {
    const cached = JSON.parse(fs.readFileSync(p.classpath, 'utf8')) as {
      pom: string;
      jars: string[];
    };
    if (cached.pom === pomHash && cached.jars.every((jar) => fs.existsSync(jar)))
      return cached.jars;
  } catch {
    // no usable cache: ask Maven
  }
  checkMaven(config.maven);
  const out = path.join(config.home, 'classpath.txt');
  const run = (offline: boolean) =>
    spawnSync(
      config.maven,
      [
        '-B',
        '-q',
        ...(offline ? ['-o'] : []),
        '-f',
        POM,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${out}`,
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
  let result = run(true);
  if (result.status !== 0) {
    log('Resolving Neo4j 5.26, APOC and Neo4j Browser from Maven Central (first start only)…');
    result = run(false);
  }
  if (result.status !== 0) {
    const tail = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(
      'NEO4J_ARTIFACTS_UNRESOLVED',
      `Maven could not resolve the Neo4j server artifacts of ${POM} (exit ${String(result.status)}). ` +
        `Check that Maven Central is reachable (proxy settings in ~/.m2/settings.xml). Maven said:\n${tail}`,
    );
  }
  const jars = fs.readFileSync(out, 'utf8').trim().split(path.delimiter).filter(Boolean);
  fs.writeFileSync(p.classpath, JSON.stringify({ pom: pomHash, jars }, null, 2));
  fs.rmSync(out, { force: true });
  return jars;
}

function writeConfiguration(config: LocalServerConfig): void {
  const p = paths(config.home);
  const lines = [
    '# Written by `diplograph neo4j start` on every start; edit the DIPLOGRAPH_NEO4J_* variables instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=localhost',
    `server.bolt.listen_address=127.0.0.1:${config.boltPort}`,
    `server.bolt.advertised_address=localhost:${config.boltPort}`,
    `server.http.listen_address=127.0.0.1:${config.httpPort}`,
    `server.http.advertised_address=localhost:${config.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.plugins=${p.plugins}`,
    `server.directories.run=${p.run}`,
    `server.directories.import=${path.join(config.home, 'import')}`,
    `server.memory.heap.initial_size=${config.heap}`,
    `server.memory.heap.max_size=${config.heap}`,
    `server.memory.pagecache.size=${config.pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.security.procedures.allowlist=apoc.*',
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=2 days',
    // Neo4j Browser applies the Diplograph style and offers the tour on connect.
    ...browserConfigurationLines(),
  ];
  fs.writeFileSync(p.confFile, `${lines.join('\n')}\n`);
}

function linkPlugins(config: LocalServerConfig, jars: string[]): void {
  const p = paths(config.home);
  for (const entry of fs.readdirSync(p.plugins))
    fs.rmSync(path.join(p.plugins, entry), { force: true });
  // Neo4j loads procedures only from the plugins folder; the rest of APOC's classes come from the classpath.
  for (const jar of jars.filter((j) => /[\\/]apoc-(?:core|common)-[^\\/]+\.jar$/.test(j))) {
    fs.symlinkSync(jar, path.join(p.plugins, path.basename(jar)));
  }
}

function ensurePassword(config: LocalServerConfig, classpath: string): string {
  const p = paths(config.home);
  const existing = readLocalPassword(config);
  const hasAuth =
    fs.existsSync(p.authIni) || fs.existsSync(path.join(p.data, 'databases', 'system'));
  if (existing !== null && existing !== '') return existing;
  if (hasAuth) {
    throw new Neo4jSetupError(
      'NEO4J_PASSWORD_LOST',
      `The local database in ${p.data} already has users, but its password file ${p.password} is missing. ` +
        `Restore the file, or delete ${config.home} to start again with an empty database.`,
    );
  }
  const password = randomBytes(18).toString('base64url');
  const result = spawnSync(
    config.java,
    ['-cp', classpath, ADMIN_CLASS, 'dbms', 'set-initial-password', password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: config.home, NEO4J_CONF: p.conf } },
  );
  if (result.status !== 0) {
    throw new Neo4jSetupError(
      'NEO4J_START_FAILED',
      `Setting the initial password of the local Neo4j failed (exit ${String(result.status)}): ${`${result.stderr}${result.stdout}`.trim()}`,
    );
  }
  fs.writeFileSync(p.password, `${password}\n`, { mode: 0o600 });
  return password;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen(port, '127.0.0.1');
  });
}

function readPid(config: LocalServerConfig): number | null {
  try {
    const pid = Number(fs.readFileSync(paths(config.home).pid, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when `pid` is alive and is the server `start` launched for this home (not a recycled pid). */
function isOurServer(pid: number, config: LocalServerConfig): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(config.home);
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

async function boltAnswers(config: LocalServerConfig, password: string | null): Promise<boolean> {
  if (password === null) return false;
  const driver = neo4j.driver(localBoltUri(config), neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function logTail(config: LocalServerConfig): string {
  const p = paths(config.home);
  const read = (file: string, lines: number) => {
    try {
      return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };
  const errors = read(path.join(p.logs, 'debug.log'), 400)
    .split('\n')
    .filter((l) => /\bERROR\b|Exception|Caused by/.test(l))
    .slice(-8)
    .join('\n');
  return [read(p.console, 10), errors].filter(Boolean).join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function localStatus(config: LocalServerConfig): Promise<LocalServerStatus> {
  const pid = readPid(config);
  const running = pid !== null && isOurServer(pid, config);
  return {
    running,
    pid: running ? pid : null,
    answers: running && (await boltAnswers(config, readLocalPassword(config))),
    boltUri: localBoltUri(config),
    browserUrl: localBrowserUrl(config),
    passwordFile: passwordFile(config),
  };
}

export async function startLocalServer(config: LocalServerConfig, log: Log): Promise<StartResult> {
  const began = Date.now();
  const status = await localStatus(config);
  if (status.running) {
    if (!status.answers) await waitForBolt(config, status.pid!, began);
    return { ...status, answers: true, alreadyRunning: true, startedInMs: 0 };
  }
  checkJava(config.java);
  const p = paths(config.home);
  for (const dir of [p.conf, p.data, p.logs, p.plugins, p.run])
    fs.mkdirSync(dir, { recursive: true });
  for (const port of [config.boltPort, config.httpPort]) {
    if (await portInUse(port)) {
      throw new Neo4jSetupError(
        'NEO4J_PORT_IN_USE',
        `Port ${port} on 127.0.0.1 is already taken by another program, so the local Neo4j cannot listen on it. ` +
          `Stop that program (\`ss -ltnp 'sport = :${port}'\` shows it), or choose other ports with ` +
          'DIPLOGRAPH_NEO4J_BOLT_PORT and DIPLOGRAPH_NEO4J_HTTP_PORT, or set NEO4J_URI to use that server.',
      );
    }
  }
  const jars = resolveClasspath(config, log);
  const classpath = jars.join(path.delimiter);
  writeConfiguration(config);
  linkPlugins(config, jars);
  ensurePassword(config, classpath);

  const out = fs.openSync(p.console, 'a');
  const child = spawn(
    config.java,
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+UnlockExperimentalVMOptions',
      '-XX:+TrustFinalNonStaticFields',
      '-XX:+DisableExplicitGC',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Dlog4j2.disable.jmx=true',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--enable-native-access=ALL-UNNAMED',
      '-cp',
      classpath,
      MAIN_CLASS,
      `--home-dir=${config.home}`,
      `--config-dir=${p.conf}`,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: config.home, NEO4J_CONF: p.conf },
    },
  );
  fs.closeSync(out);
  if (child.pid === undefined) {
    throw new Neo4jSetupError(
      'NEO4J_START_FAILED',
      `Java could not be started as "${config.java}".`,
    );
  }
  fs.writeFileSync(p.pid, `${child.pid}\n`);
  child.unref();
  log(`Starting Neo4j (pid ${child.pid}), waiting for Bolt on ${localBoltUri(config)}…`);
  await waitForBolt(config, child.pid, began);
  return { ...(await localStatus(config)), alreadyRunning: false, startedInMs: Date.now() - began };
}

async function waitForBolt(config: LocalServerConfig, pid: number, began: number): Promise<void> {
  const password = readLocalPassword(config);
  while (Date.now() - began < config.startTimeoutMs) {
    if (!isOurServer(pid, config)) {
      fs.rmSync(paths(config.home).pid, { force: true });
      throw new Neo4jSetupError(
        'NEO4J_START_FAILED',
        `The local Neo4j (pid ${pid}) exited while starting. Its logs are in ${paths(config.home).logs}; the last lines:\n${logTail(config)}`,
      );
    }
    if (await boltAnswers(config, password)) return;
    await sleep(500);
  }
  throw new Neo4jSetupError(
    'NEO4J_START_TIMEOUT',
    `The local Neo4j (pid ${pid}) did not answer on ${localBoltUri(config)} within ${config.startTimeoutMs / 1000} s. ` +
      `It is left running; see ${paths(config.home).logs}, raise DIPLOGRAPH_NEO4J_START_TIMEOUT, or run \`diplograph neo4j stop\`. Last lines:\n${logTail(config)}`,
  );
}

export async function stopLocalServer(
  config: LocalServerConfig,
  log: Log,
): Promise<{ stopped: boolean; pid: number | null; forced: boolean }> {
  const p = paths(config.home);
  const pid = readPid(config);
  if (pid === null || !isOurServer(pid, config)) {
    fs.rmSync(p.pid, { force: true });
    return { stopped: false, pid: null, forced: false };
  }
  process.kill(pid, 'SIGTERM');
  log(`Stopping Neo4j (pid ${pid})…`);
  const began = Date.now();
  while (Date.now() - began < STOP_GRACE_MS) {
    if (!isOurServer(pid, config)) {
      fs.rmSync(p.pid, { force: true });
      return { stopped: true, pid, forced: false };
    }
    await sleep(250);
  }
  log(`Neo4j (pid ${pid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it.`);
  process.kill(pid, 'SIGKILL');
  fs.rmSync(p.pid, { force: true });
  return { stopped: true, pid, forced: true };
}

/**
 * Runs `neo4j-admin` (AdminTool, on the server's classpath) against this home with `args`,
 * its output passed to `output`; resolves with the exit code. For commands that need the
 * server stopped (`database import full`), stop it first.
 */
export async function runAdminTool(
  config: LocalServerConfig,
  args: readonly string[],
  output: (chunk: string) => void,
  javaOptions: readonly string[] = [],
): Promise<number> {
  checkJava(config.java);
  const p = paths(config.home);
  for (const dir of [p.conf, p.data, p.logs, p.plugins, p.run])
    fs.mkdirSync(dir, { recursive: true });
  const classpath = resolveClasspath(config, output).join(path.delimiter);
  writeConfiguration(config);
  const child = spawn(config.java, [...javaOptions, '-cp', classpath, ADMIN_CLASS, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_HOME: config.home, NEO4J_CONF: p.conf },
  });
  child.stdout.on('data', (d: Buffer) => output(d.toString()));
  child.stderr.on('data', (d: Buffer) => output(d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}
