// Horizons service worker: keeps pages already seen, and search, working offline.
// Network first, always: online readers get the site as it is now, never an old copy; the cache
// is only read when the network fails. A new build has a new version, and old caches are deleted.
const VERSION = '__VERSION__';
const PRECACHE = JSON.parse('__PRECACHE__');
const CACHE = `horizons-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('horizons-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      // Offline: the exact copy if there is one, else the same address without its query (Pagefind
      // adds a cache-busting one; the search page carries the words searched for).
      .catch(
        async () =>
          (await caches.match(request)) ??
          (await caches.match(request, { ignoreSearch: true })) ??
          Response.error(),
      ),
  );
});
