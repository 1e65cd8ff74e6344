// Pairing: the service's address and token, and a test that says exactly what is wrong.
import { testConnection } from "./lib/api.js";
import { loadSettings, saveSettings } from "./lib/settings.js";

const ext = globalThis.browser ?? globalThis.chrome;
const storage = ext.storage.local;
const $ = (id) => document.getElementById(id);

function read() {
  return { service: $("service").value, token: $("token").value, clipOnOpen: $("clipOnOpen").checked };
}

async function main() {
  const settings = await loadSettings(storage);
  $("service").value = settings.service;
  $("token").value = settings.token;
  $("clipOnOpen").checked = settings.clipOnOpen;
  $("form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await saveSettings(storage, read());
    $("service").value = saved.service;
    $("result").textContent = "Saved.";
  });
  $("test").addEventListener("click", async () => {
    const saved = await saveSettings(storage, read());
    $("result").textContent = "Testing…";
    const outcome = await testConnection(saved);
    $("result").textContent = outcome.message;
    $("result").className = outcome.ok ? "ok" : "error";
  });
}

main();
