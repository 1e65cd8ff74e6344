// A stand-in for extension storage (storage.local's get/set), for the unit tests.
export function memoryStorage() {
  const data = {};
  return {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(values) {
      Object.assign(data, structuredClone(values));
    },
  };
}

// A fetch that answers from a table of (method path) -> [status, body], or throws for "down".
export function fakeFetch(routes) {
  const calls = [];
  const impl = async (url, init = {}) => {
    calls.push({ url, init });
    if (routes === "down") throw new TypeError("Failed to fetch");
    const path = new URL(url).pathname + new URL(url).search;
    const key = `${init.method || "GET"} ${path}`;
    const found = routes[key] ?? routes[`${init.method || "GET"} ${new URL(url).pathname}`];
    if (!found) return new Response(JSON.stringify({ error: "not found" }), { status: 404 });
    const [status, body] = found;
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  };
  impl.calls = calls;
  return impl;
}
