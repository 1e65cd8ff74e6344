// Where the service is and how to talk to it; kept in extension storage.
export const DEFAULTS = Object.freeze({
  service: "http://127.0.0.1:7440",
  token: "",
  clipOnOpen: true,
});

export function normalizeService(address) {
  let value = String(address || "").trim().replace(/\/+$/, "");
  if (value && !/^https?:\/\//i.test(value)) value = "http://" + value;
  return value;
}

export async function loadSettings(storage) {
  const stored = await storage.get("settings");
  return { ...DEFAULTS, ...(stored.settings || {}) };
}

export async function saveSettings(storage, settings) {
  const clean = {
    service: normalizeService(settings.service) || DEFAULTS.service,
    token: String(settings.token || "").trim(),
    clipOnOpen: settings.clipOnOpen !== false,
  };
  await storage.set({ settings: clean });
  return clean;
}
