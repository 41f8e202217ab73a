// Builds the service worker that makes Strategy Lab work offline after one visit: a Vite plugin
// that writes sw.js with the list of the build's files to keep.

/** Lazily loaded giants (web-llm, wllama's WebAssembly) are kept when first used, not up front. */
const PRECACHE_SKIP = /(^|\/)(lib-[^/]*\.js|wllama[^/]*\.wasm)$/;

/**
 * The worker: precaches the app shell and the judge's WebAssembly at install; serves pages
 * network-first (so a new version shows when online) and other same-origin files cache-first,
 * keeping whatever it fetched. Models are cached by their engines, not here.
 * @param {string} version
 * @param {string[]} files
 */
function workerSource(version, files) {
  return `const CACHE = 'strategy-lab-${version}';
const PRECACHE = ${JSON.stringify(['./', ...files])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('strategy-lab-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./')),
    );
    return;
  }
  event.respondWith(
    // Precached without an Origin header, asked for with one (crossorigin scripts): ignore Vary.
    caches.match(request, { ignoreVary: true }).then(
      (cached) =>
        cached ??
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
`;
}

/** @returns {import('vite').Plugin} */
export function serviceWorker() {
  return {
    name: 'strategy-lab-service-worker',
    apply: 'build',
    generateBundle(options, bundle) {
      // Only the browser build gets a worker (Node tools are built with --ssr).
      if (options.format !== 'es' || this.environment?.config?.build?.ssr) return;
      const files = Object.keys(bundle).filter((name) => name !== 'index.html' && !PRECACHE_SKIP.test(name));
      const version = files.map((f) => f.replace(/.*-/, '')).join('').slice(0, 64).replace(/[^A-Za-z0-9_]/g, '');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(version || 'dev', files) });
    },
  };
}
