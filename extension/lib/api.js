// The newsdigest service's HTTP API, with errors that say what to do about them.

export class ServiceError extends Error {
  // kind: unreachable | unauthorized | wrong-address | rejected | server
  constructor(kind, message, status = 0, body = null) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.body = body;
  }
}

export async function request(settings, method, path, body, fetchImpl = globalThis.fetch) {
  const headers = { Accept: "application/json" };
  if (settings.token) headers.Authorization = "Bearer " + settings.token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetchImpl(settings.service + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ServiceError(
      "unreachable",
      `The newsdigest service is not running at ${settings.service}. Start it with \`make run\` ` +
        "(or `newsdigest serve`).",
    );
  }
  let data = null;
  const text = await response.text();
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ServiceError(
        "wrong-address",
        `Something answers at ${settings.service}, but it is not the newsdigest service: check the address.`,
        response.status,
      );
    }
  }
  if (response.ok) return data;
  const said = data && data.error ? data.error : response.statusText;
  if (response.status === 401) {
    throw new ServiceError("unauthorized", "The token is wrong or missing: copy it again from `newsdigest token`.", 401, data);
  }
  if (response.status === 403) {
    throw new ServiceError("wrong-address", `The service refused the request (${said}). Use 127.0.0.1 or localhost.`, 403, data);
  }
  if (response.status >= 500) throw new ServiceError("server", `The service failed: ${said}`, response.status, data);
  throw new ServiceError("rejected", said, response.status, data);
}

export async function testConnection(settings, fetchImpl = globalThis.fetch) {
  try {
    const health = await request({ ...settings, token: "" }, "GET", "/api/health", undefined, fetchImpl);
    if (!health || health.status !== "ok") {
      return { ok: false, message: `Something answers at ${settings.service}, but it is not newsdigest: check the address.` };
    }
    if (!settings.token) {
      return { ok: false, message: "The service is running. Paste the token that `newsdigest token` prints." };
    }
    await request(settings, "GET", "/api/articles?per_page=1", undefined, fetchImpl);
    return { ok: true, message: `Connected to newsdigest ${health.version} at ${settings.service}.` };
  } catch (error) {
    return { ok: false, message: error.message };
  }
}

export function clip(settings, capture, fetchImpl = globalThis.fetch) {
  return request(settings, "POST", "/api/clips", capture, fetchImpl);
}

export async function lookup(settings, url, fetchImpl = globalThis.fetch) {
  const data = await request(settings, "GET", "/api/articles?per_page=1&url=" + encodeURIComponent(url), undefined, fetchImpl);
  return data && data.items && data.items.length ? data.items[0] : null;
}

export function getArticle(settings, id, fetchImpl = globalThis.fetch) {
  return request(settings, "GET", `/api/articles/${Number(id)}`, undefined, fetchImpl);
}
