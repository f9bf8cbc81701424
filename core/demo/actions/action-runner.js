'use strict';
// Runs Auth0 Action code for the OrgLens demo tenant, the way Auth0 runs it: on Node, once per execution, in a
// fresh context, with Auth0's `event` and a recording `api`. One process serves many executions: it reads one
// JSON request per line on stdin and answers one JSON line per request on stdout, in order.
//
// Request:  {"id", "code", "handler", "event", "dependencies": ["jose", ...], "timeoutMs"}
// Answer:   {"id", "ok", "calls": [["accessToken.setCustomClaim", name, value], ...], "logs": [text, ...],
//            "error": {"name", "message"} | null, "durationMs"}
//
// ORGLENS_ACTION_MODULES (optional) names a node_modules directory: an Action may require Node's built-in modules
// and, from there, the packages it declares as dependencies; anything else fails like a missing dependency on Auth0.
const vm = require('node:vm');
const path = require('node:path');
const util = require('node:util');
const readline = require('node:readline');
const { builtinModules, createRequire } = require('node:module');

const modulesDirectory = process.env.ORGLENS_ACTION_MODULES || '';
const requireInstalled = modulesDirectory ? createRequire(path.join(modulesDirectory, 'index.js')) : null;
const builtins = new Set(builtinModules);

// Auth0's api objects per trigger. Every call is recorded; the tenant applies them after the handler returns.
const API_SHAPE = {
  onExecutePostLogin: {
    accessToken: ['setCustomClaim', 'addScope', 'removeScope'],
    idToken: ['setCustomClaim'],
    access: ['deny'],
    user: ['setAppMetadata', 'setUserMetadata'],
    multifactor: ['enable'],
    redirect: ['sendUserTo'],
  },
  onExecuteCustomTokenExchange: {
    access: ['deny', 'rejectInvalidSubjectToken'],
    authentication: ['setUserById', 'setUserByConnection', 'setOrganization', 'setActor'],
  },
};

function recordingApi(handler, calls, cache) {
  const api = {};
  for (const [group, methods] of Object.entries(API_SHAPE[handler] || {})) {
    api[group] = {};
    for (const method of methods) {
      api[group][method] = (...args) => {
        calls.push([`${group}.${method}`, ...args]);
        return api; // Auth0's setters are chainable
      };
    }
  }
  // api.cache lives for one execution here (Auth0 keeps it longer, best effort); it is never recorded.
  api.cache = {
    get: (key) => (cache.has(key) ? { value: cache.get(key) } : undefined),
    set: (key, value) => { cache.set(key, String(value)); return { type: 'success' }; },
    delete: (key) => { cache.delete(key); return { type: 'success' }; },
  };
  return api;
}

function limitedRequire(dependencies) {
  // Auth0 declares dependencies as {name, version}; "name@version" strings are accepted too.
  const declared = new Set(dependencies.map((dependency) =>
    (typeof dependency === 'object' && dependency ? String(dependency.name) : String(dependency).replace(/(.)@[^@/]*$/, '$1'))));
  return (name) => {
    const bare = String(name).replace(/^node:/, '');
    if (builtins.has(bare)) return require(`node:${bare}`);
    if (declared.has(name) && requireInstalled) return requireInstalled(name);
    const error = new Error(declared.has(name)
      ? `Cannot find module '${name}': the dependency is declared but not installed`
      : `Cannot find module '${name}': add it to the Action's dependencies`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  };
}

function capturingConsole(logs) {
  const write = (...args) => logs.push(util.format(...args));
  return { log: write, info: write, warn: write, error: write, debug: write, trace: write, dir: write };
}

function describeError(error) {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error))
    return { name: String(error.name || 'Error'), message: String(error.message) };
  return { name: 'Error', message: String(error) };
}

async function execute(request) {
  const started = process.hrtime.bigint();
  const calls = [];
  const logs = [];
  const timeoutMs = Number(request.timeoutMs) > 0 ? Number(request.timeoutMs) : 20000;
  const module = { exports: {} };
  const sandbox = {
    module, exports: module.exports, require: limitedRequire(request.dependencies || []),
    console: capturingConsole(logs),
    Buffer, URL, URLSearchParams, TextEncoder, TextDecoder, AbortController, fetch, crypto: globalThis.crypto,
    atob, btoa, structuredClone, setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
    process: { env: {}, version: process.version, versions: process.versions },
  };
  const context = vm.createContext(sandbox, { name: 'action' });
  let error = null;
  let timer;
  try {
    new vm.Script(String(request.code), { filename: 'action.js' }).runInContext(context, { timeout: timeoutMs });
    const handler = module.exports[request.handler];
    if (typeof handler !== 'function')
      throw new TypeError(`The Action does not export ${request.handler}`);
    context.__event = request.event || {};
    context.__api = recordingApi(request.handler, calls, new Map());
    context.__handler = handler;
    const running = new vm.Script('__handler(__event, __api)').runInContext(context, { timeout: timeoutMs });
    const expired = new Promise((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`Script execution timed out after ${timeoutMs}ms`),
        { name: 'TimeoutError' })), timeoutMs);
    });
    await Promise.race([Promise.resolve(running), expired]);
  } catch (caught) {
    error = describeError(caught);
  } finally {
    clearTimeout(timer);
  }
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { id: request.id, ok: error === null, calls, logs, error, durationMs: Math.round(durationMs) };
}

// Requests are answered in order, one at a time, as Auth0 runs one execution per transaction.
let queue = Promise.resolve();
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  queue = queue.then(async () => {
    let answer;
    try {
      answer = await execute(JSON.parse(line));
    } catch (caught) {
      answer = { id: null, ok: false, calls: [], logs: [], error: describeError(caught), durationMs: 0 };
    }
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  });
});
