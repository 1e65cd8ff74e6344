import assert from "node:assert/strict";
import test from "node:test";

import { clip, lookup, request, ServiceError, testConnection } from "../lib/api.js";
import { fakeFetch } from "./helpers.js";

const settings = { service: "http://127.0.0.1:7440", token: "tok" };

test("requests carry the token and JSON", async () => {
  const fetch = fakeFetch({ "POST /api/clips": [201, { article_id: 3 }] });
  const result = await clip(settings, { url: "https://n.test/", html: "<p>x</p>" }, fetch);
  assert.equal(result.article_id, 3);
  const { init } = fetch.calls[0];
  assert.equal(init.headers.Authorization, "Bearer tok");
  assert.equal(init.headers["Content-Type"], "application/json");
  assert.equal(JSON.parse(init.body).url, "https://n.test/");
});

test("each failure says what is wrong", async () => {
  const cases = [
    ["down", "unreachable", /not running/],
    [{ "GET /api/health": [401, { error: "missing or wrong API token" }] }, "unauthorized", /token/],
    [{ "GET /api/health": [403, { error: "loopback only" }] }, "wrong-address", /127\.0\.0\.1/],
    [{ "GET /api/health": [200, "<html>a router</html>"] }, "wrong-address", /not the newsdigest service/],
    [{ "GET /api/health": [400, { error: "url must be an http(s) URL" }] }, "rejected", /url must be/],
    [{ "GET /api/health": [500, { error: "boom" }] }, "server", /boom/],
  ];
  for (const [routes, kind, message] of cases) {
    await assert.rejects(request(settings, "GET", "/api/health", undefined, fakeFetch(routes)), (error) => {
      assert.ok(error instanceof ServiceError);
      assert.equal(error.kind, kind);
      assert.match(error.message, message);
      return true;
    });
  }
});

test("test connection tells a stopped service, a wrong token and a wrong address apart", async () => {
  assert.match((await testConnection(settings, fakeFetch("down"))).message, /not running at http:\/\/127\.0\.0\.1:7440/);
  const wrongToken = fakeFetch({ "GET /api/health": [200, { status: "ok", version: "0.1" }], "GET /api/articles": [401, { error: "no" }] });
  const outcome = await testConnection(settings, wrongToken);
  assert.equal(outcome.ok, false);
  assert.match(outcome.message, /token is wrong/);
  assert.equal(wrongToken.calls[0].init.headers.Authorization, undefined, "health is asked without the token");
  const other = fakeFetch({ "GET /api/health": [200, { hello: "world" }] });
  assert.match((await testConnection(settings, other)).message, /not newsdigest/);
  const good = fakeFetch({ "GET /api/health": [200, { status: "ok", version: "0.1" }], "GET /api/articles": [200, { items: [] }] });
  assert.deepEqual(await testConnection(settings, good), { ok: true, message: "Connected to newsdigest 0.1 at http://127.0.0.1:7440." });
  assert.match((await testConnection({ ...settings, token: "" }, good)).message, /Paste the token/);
});

test("lookup finds an article by URL or says there is none", async () => {
  const fetch = fakeFetch({ "GET /api/articles": [200, { items: [{ id: 9, title: "T" }] }] });
  assert.equal((await lookup(settings, "https://n.test/a?b=1", fetch)).id, 9);
  assert.match(fetch.calls[0].url, /url=https%3A%2F%2Fn\.test%2Fa%3Fb%3D1/);
  assert.equal(await lookup(settings, "https://n.test/", fakeFetch({ "GET /api/articles": [200, { items: [] }] })), null);
});
