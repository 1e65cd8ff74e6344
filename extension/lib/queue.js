// Captures waiting for the service: kept in extension storage (they survive a browser restart),
// retried with exponential backoff.

const KEY = "queue";
export const FIRST_RETRY_MS = 30 * 1000;
export const MAX_RETRY_MS = 30 * 60 * 1000;

export function backoff(attempts) {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

export function createQueue(storage, now = () => Date.now()) {
  async function load() {
    const stored = await storage.get(KEY);
    return Array.isArray(stored[KEY]) ? stored[KEY] : [];
  }
  async function save(items) {
    await storage.set({ [KEY]: items });
  }
  return {
    list: load,
    async add(capture, error = "") {
      const items = await load();
      const item = {
        id: `${now()}-${Math.random().toString(36).slice(2, 8)}`,
        capture,
        queuedAt: now(),
        attempts: 1,
        nextAttempt: now() + backoff(1),
        lastError: error,
      };
      items.push(item);
      await save(items);
      return item;
    },
    async remove(id) {
      await save((await load()).filter((item) => item.id !== id));
    },
    async due(all = false) {
      return (await load()).filter((item) => all || item.nextAttempt <= now());
    },
    async failed(id, error) {
      const items = await load();
      for (const item of items) {
        if (item.id === id) {
          item.attempts += 1;
          item.lastError = error;
          item.nextAttempt = now() + backoff(item.attempts);
        }
      }
      await save(items);
    },
  };
}

// What the popup shows of a waiting capture (never its HTML).
export function describe(item, now = Date.now()) {
  const wait = Math.max(0, Math.round((item.nextAttempt - now) / 1000));
  return {
    id: item.id,
    url: item.capture.url,
    title: item.capture.title || item.capture.url,
    attempts: item.attempts,
    retryIn: wait,
    lastError: item.lastError,
  };
}
