// The toolbar badge: progress, success (with the number of quotes), queued, failure.
export const BADGES = {
  busy: { text: "\u2026", color: "#5f6368" },
  queued: { text: "Q", color: "#b06000" },
  error: { text: "!", color: "#c5221f" },
  clipped: { text: "\u2713", color: "#188038" },
};

export function badgeFor(state, quotes) {
  if (state === "done") return { text: String(quotes ?? "\u2713"), color: "#188038" };
  return BADGES[state] || { text: "", color: "#5f6368" };
}
