// A real, throwaway WordPress on loopback for tests of the WordPress REST API client.
//
// Each site gets its own temp folder with a MariaDB (unix socket only), a wp-content folder and
// a `php -S` web server on 127.0.0.1:<free port>, all running Debian's packaged WordPress.
// Run this file with node to keep one site up for manual work (screenshots, poking at the API).
//
// Plain JavaScript with Node built-ins only, so it runs without a build step; types are in
// wordpress.d.mts.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MISSING_PACKAGES_MESSAGE =
  'WordPress test site needs Debian packages: apt-get install -y wordpress mariadb-server php-cli php-mysql php-gd php-xml php-mbstring php-curl';

const HOST = '127.0.0.1';
const WORDPRESS_ROOT = '/usr/share/wordpress';
// Debian's wp-config.php loads config-<Host header without port>.php from here.
const CONFIG_FILE = `/etc/wordpress/config-${HOST}.php`;
const SUPPORT_DIR = path.dirname(fileURLToPath(import.meta.url));
const CONFIG_TEMPLATE = path.join(SUPPORT_DIR, 'wordpress-config.php');
const ROUTER = path.join(SUPPORT_DIR, 'wordpress-router.php');
const INSTALLER = path.join(SUPPORT_DIR, 'wordpress-install.php');
// A test-only REST route answering with parse_blocks() of a post (GET /wp-json/masthead-test/v1/blocks/<id>).
const PARSE_BLOCKS_PLUGIN = path.join(SUPPORT_DIR, 'wordpress-parse-blocks.php');
// sun_path of a unix socket holds 108 bytes, the terminating NUL included.
const MAX_SOCKET_PATH = 107;

/** Sites not yet stopped, for the last-resort cleanup when the process exits. */
const liveSites = new Set();
let exitHookInstalled = false;

/**
 * Starts a fresh WordPress site. Resolves once GET /wp-json/ answers 200.
 * @param {import('./wordpress.d.mts').StartWordPressOptions} [options]
 * @returns {Promise<import('./wordpress.d.mts').WordPressSite>}
 */
export async function startWordPress(options = {}) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const tools = findTools();
  await writeSharedConfig();

  const dir = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'masthead-wp-')));
  const state = { dir, mariadb: null, php: null, stopped: false };
  liveSites.add(state);
  installExitHook();
  try {
    const socket = path.join(dir, 'mysql.sock');
    if (Buffer.byteLength(socket) > MAX_SOCKET_PATH) {
      throw new Error(`The MariaDB socket path is too long for a unix socket (${socket}); set TMPDIR to a shorter folder.`);
    }
    const database = { name: 'wordpress', user: 'wordpress', password: secret(), socket };
    state.mariadb = await startMariaDB(tools, dir, database, timeoutMs);

    const contentDir = await makeContentDir(dir);
    const port = options.port ?? (await freePort());
    const url = `http://${HOST}:${port}`;
    const env = {
      ...process.env,
      MASTHEAD_WP_URL: url,
      MASTHEAD_WP_DB_NAME: database.name,
      MASTHEAD_WP_DB_USER: database.user,
      MASTHEAD_WP_DB_PASSWORD: database.password,
      MASTHEAD_WP_DB_SOCKET: database.socket,
      MASTHEAD_WP_CONTENT_DIR: contentDir,
      MASTHEAD_WP_SITE_ID: path.basename(dir),
    };
    const users = await installWordPress(tools, dir, env, options.title ?? 'Masthead Test Site', timeoutMs);

    const restUrl = `${url}/wp-json/`;
    const startWebServer = async () => {
      if (state.stopped) throw new Error('This WordPress site has been stopped.');
      if (state.php) return;
      state.php = await startPhpServer(tools, dir, port, env, restUrl, timeoutMs);
    };
    const stopWebServer = async () => {
      const php = state.php;
      state.php = null;
      if (php) await stopProcessGroup(php, 'SIGINT');
    };
    await startWebServer();

    return {
      url,
      port,
      restUrl,
      dir,
      admin: users.admin,
      editor: users.editor,
      startWebServer,
      stopWebServer,
      stop: () => stopSite(state),
    };
  } catch (error) {
    await stopSite(state);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Packages and the shared configuration file

function findTools() {
  const tools = {
    php: findExecutable('php'),
    mariadbd: findExecutable('mariadbd'),
    mariadb: findExecutable('mariadb'),
    installDb: findExecutable('mariadb-install-db'),
  };
  const missing = Object.values(tools).some((tool) => tool === null) || !fs.existsSync(path.join(WORDPRESS_ROOT, 'wp-load.php'));
  if (missing) throw new Error(MISSING_PACKAGES_MESSAGE);
  return tools;
}

/** Looks in PATH and the sbin folders, which are not in a normal user's PATH but hold mariadbd. */
function findExecutable(name) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/**
 * Puts wordpress-config.php in place as /etc/wordpress/config-127.0.0.1.php. The content never
 * varies (each site's settings come from its environment), so concurrent writers all write the
 * same bytes, and the rename makes each write atomic.
 */
async function writeSharedConfig() {
  const wanted = await fsp.readFile(CONFIG_TEMPLATE, 'utf8');
  const current = await fsp.readFile(CONFIG_FILE, 'utf8').catch(() => null);
  if (current === wanted) return;
  if (current !== null && !current.includes('MASTHEAD_WP_URL')) {
    throw new Error(`${CONFIG_FILE} exists and is not the Masthead test-site configuration; move it away to run the WordPress tests.`);
  }
  const temp = `${CONFIG_FILE}.${process.pid}.${secret()}.tmp`;
  try {
    await fsp.writeFile(temp, wanted, { mode: 0o644 });
    await fsp.rename(temp, CONFIG_FILE);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw new Error(
      `Cannot write ${CONFIG_FILE} (${error.code ?? error.message}). Install it once as root: ` +
        `install -m 644 ${CONFIG_TEMPLATE} ${CONFIG_FILE}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// MariaDB

async function startMariaDB(tools, dir, database, timeoutMs) {
  const dataDir = path.join(dir, 'mariadb');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  await run(tools.installDb, [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    '--skip-name-resolve',
    // Passed on to the bootstrap server: like the real one below, no native aio (concurrent
    // bootstraps in parallel test workers ran short of aio contexts) and its own temp folder.
    '--innodb-use-native-aio=0',
    '--innodb-buffer-pool-size=32M',
    `--tmpdir=${dir}`,
    ...asRoot,
  ], { timeoutMs });

  const child = spawnGroup(tools.mariadbd, [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--socket=${database.socket}`,
    '--skip-networking',
    `--pid-file=${path.join(dir, 'mariadb.pid')}`,
    `--log-error=${path.join(dir, 'mariadb.log')}`,
    `--tmpdir=${dir}`,
    '--skip-name-resolve',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_ci',
    // Throwaway data: no need to wait for the disk, and no aio contexts to run short of
    // when several test workers each start a server.
    '--innodb-flush-log-at-trx-commit=0',
    '--innodb-doublewrite=0',
    '--innodb-use-native-aio=0',
    '--innodb-buffer-pool-size=32M',
    ...asRoot,
  ], { cwd: dir, env: process.env, log: path.join(dir, 'mariadb.out') });

  await waitFor('MariaDB', timeoutMs, child, () => mariadbGreets(database.socket), () => tail(path.join(dir, 'mariadb.log')));

  const sql = [
    `CREATE DATABASE ${database.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
    `CREATE USER '${database.user}'@'localhost' IDENTIFIED BY '${database.password}';`,
    `GRANT ALL PRIVILEGES ON ${database.name}.* TO '${database.user}'@'localhost';`,
  ].join('\n');
  await run(tools.mariadb, ['--no-defaults', `--socket=${database.socket}`, '--user=root'], { input: sql, timeoutMs });
  return child;
}

/** True once the server sends its greeting packet on the socket, i.e. accepts connections. */
function mariadbGreets(socket) {
  return new Promise((resolve) => {
    const connection = net.connect(socket);
    const done = (ready) => {
      connection.destroy();
      resolve(ready);
    };
    connection.once('data', () => done(true));
    connection.once('error', () => done(false));
    connection.once('close', () => done(false));
    connection.setTimeout(1000, () => done(false));
  });
}

// ---------------------------------------------------------------------------------------------
// WordPress

/**
 * wp-content of this site: its own uploads, the packaged themes, plugins and translations, and
 * the test's must-use plugin.
 */
async function makeContentDir(dir) {
  const contentDir = path.join(dir, 'wp-content');
  await fsp.mkdir(path.join(contentDir, 'uploads'), { recursive: true });
  await fsp.mkdir(path.join(contentDir, 'mu-plugins'));
  await fsp.symlink(PARSE_BLOCKS_PLUGIN, path.join(contentDir, 'mu-plugins', path.basename(PARSE_BLOCKS_PLUGIN)));
  await fsp.mkdir(path.join(dir, 'opcache'));
  for (const name of ['themes', 'plugins', 'languages']) {
    await fsp.symlink(path.join(WORDPRESS_ROOT, 'wp-content', name), path.join(contentDir, name));
  }
  return contentDir;
}

async function installWordPress(tools, dir, env, title, timeoutMs) {
  const adminPassword = secret();
  const editorPassword = secret();
  let stdout;
  try {
    ({ stdout } = await run(tools.php, [...phpSettings(dir), '-d', 'opcache.enable_cli=1', INSTALLER], {
      cwd: dir,
      env: {
        ...env,
        MASTHEAD_WP_TITLE: title,
        MASTHEAD_WP_ADMIN_PASSWORD: adminPassword,
        MASTHEAD_WP_EDITOR_PASSWORD: editorPassword,
      },
      timeoutMs,
    }));
  } catch (error) {
    if (error.exitCode === 3) throw new Error(`${MISSING_PACKAGES_MESSAGE}\n${error.message}`);
    throw error;
  }
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(lastLine);
  } catch {
    throw new Error(`The WordPress installer printed no credentials:\n${stdout}`);
  }
}

/**
 * Room for big uploads, errors to the log rather than into responses, and an opcode cache on
 * disk: compiling WordPress takes about half a second, which the first request after every
 * (re)start of the web server would pay again.
 */
function phpSettings(dir) {
  return [
    '-d', 'display_errors=stderr',
    '-d', 'memory_limit=512M',
    '-d', 'post_max_size=256M',
    '-d', 'upload_max_filesize=256M',
    '-d', `opcache.file_cache=${path.join(dir, 'opcache')}`,
  ];
}

async function startPhpServer(tools, dir, port, env, restUrl, timeoutMs) {
  const child = spawnGroup(tools.php, [...phpSettings(dir), '-S', `${HOST}:${port}`, '-t', WORDPRESS_ROOT, ROUTER], {
    cwd: dir,
    // Several workers, so a request the site makes to itself cannot deadlock it.
    env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
    log: path.join(dir, 'php-server.log'),
  });
  try {
    const isUp = () => restRootAnswers(restUrl, env.MASTHEAD_WP_SITE_ID);
    await waitFor('the WordPress web server', timeoutMs, child, isUp, () => tail(path.join(dir, 'php-server.log')));
  } catch (error) {
    await stopProcessGroup(child, 'SIGINT');
    throw error;
  }
  return child;
}

/**
 * Whether the REST root answers 200 from this site's web server: the router names the site in
 * a header, so whatever else may listen on the port (when php -S could not bind it) is not taken
 * for it.
 */
async function restRootAnswers(restUrl, siteId) {
  try {
    const response = await fetch(restUrl, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status === 200 && response.headers.get('x-masthead-test-site') === siteId;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * Spawns a command as the leader of a new process group, so stopping it also reaches its
 * children (php -S forks its workers). Output goes to a log file in the site folder.
 */
function spawnGroup(command, args, { cwd, env, log }) {
  const logFd = fs.openSync(log, 'a');
  try {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', logFd, logFd] });
    child.once('error', () => {});
    // A forgotten site must not keep the test process alive; the exit hook still stops it.
    child.unref();
    return child;
  } finally {
    fs.closeSync(logFd);
  }
}

function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Signals the whole group and waits until none of its processes is left. php -S takes SIGINT
 * as "shut down", and then reaps its own workers; SIGTERM would orphan them.
 */
async function stopProcessGroup(child, signal, timeoutMs = 10_000) {
  signalGroup(child.pid, signal);
  const gone = await poll(timeoutMs, async () => hasExited(child) && !groupHasLiveProcesses(child.pid));
  if (!gone) {
    signalGroup(child.pid, 'SIGKILL');
    await poll(timeoutMs, async () => hasExited(child) && !groupHasLiveProcesses(child.pid));
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** Whether any process of the group still runs. Zombies do not count: they hold no port or file. */
function groupHasLiveProcesses(pgid) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name, which itself may contain spaces and parentheses.
    const [state, , processGroup] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(processGroup) === pgid && state !== 'Z') return true;
  }
  return false;
}

/** Runs a short-lived command; rejects with its output when it fails. */
function run(command, args, { cwd, env, input, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      if (exitCode === 0) return resolve({ stdout: out, stderr: err });
      const error = new Error(`${path.basename(command)} failed (${signal ?? `exit code ${exitCode}`}):\n${err}${out}`.trimEnd());
      error.exitCode = exitCode;
      reject(error);
    });
    child.stdin.end(input ?? '');
  });
}

async function stopSite(state) {
  if (state.stopped) return;
  state.stopped = true;
  const { php, mariadb } = state;
  state.php = null;
  state.mariadb = null;
  if (php) await stopProcessGroup(php, 'SIGINT');
  if (mariadb) await stopProcessGroup(mariadb, 'SIGTERM');
  await fsp.rm(state.dir, { recursive: true, force: true });
  liveSites.delete(state);
}

/** Last resort for sites a test never stopped: nothing asynchronous runs on 'exit'. */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const state of liveSites) {
      if (state.php) signalGroup(state.php.pid, 'SIGINT');
      if (state.mariadb) signalGroup(state.mariadb.pid, 'SIGKILL');
      try {
        fs.rmSync(state.dir, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // A dying server may still be writing into it; the folder is in the temp dir anyway.
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function secret() {
  return randomBytes(12).toString('hex');
}

/** A port the kernel just handed out as free. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Calls check() until it is true, at most timeoutMs long. */
async function poll(timeoutMs, check, intervalMs = 25) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Polls until ready() is true; fails early, with the log, when the process dies meanwhile. */
async function waitFor(what, timeoutMs, child, ready, log) {
  const ok = await poll(timeoutMs, async () => hasExited(child) || (await ready()));
  if (ok && !hasExited(child)) return;
  const why = hasExited(child) ? `exited (${child.signalCode ?? `exit code ${child.exitCode}`})` : `was not ready after ${timeoutMs} ms`;
  throw new Error(`${what} ${why}:\n${await log()}`);
}

async function tail(file, lines = 20) {
  const text = await fsp.readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Command line: node test/support/wordpress.mjs [--port N]

async function main(args) {
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error('Usage: node test/support/wordpress.mjs [--port N]');
  }
  // Listening from the start, so Ctrl-C during start-up still stops the servers: they run in
  // their own process groups, which the terminal's SIGINT does not reach.
  const stopRequested = new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // Signal listeners alone do not keep Node's event loop alive.
  const keepAlive = setInterval(() => {}, 2 ** 31 - 1);
  try {
    const started = Date.now();
    const site = await startWordPress(port === undefined ? {} : { port });
    const { url, restUrl, admin, editor, dir } = site;
    console.log(JSON.stringify({ url, restUrl, admin, editor, dir }));
    console.log(
      [
        '',
        `WordPress is up at ${url} (started in ${Date.now() - started} ms)`,
        `  REST API:  ${restUrl}`,
        `  Log in:    ${url}/wp-login.php`,
        `  admin:     ${admin.username} / ${admin.password}   application password: ${admin.applicationPassword}`,
        `  editor:    ${editor.username} / ${editor.password}   application password: ${editor.applicationPassword}`,
        `  Files:     ${dir}`,
        'Press Ctrl-C to stop it and delete everything.',
      ].join('\n'),
    );
    await stopRequested;
    process.stdout.write('\nStopping WordPress… ');
    await site.stop();
    console.log('stopped.');
  } finally {
    clearInterval(keepAlive);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
