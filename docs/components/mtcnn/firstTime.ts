// A control rebuilt for new data (a new photo, another NMS stage) should start from that data's
// defaults, but the first one built — when a shared link is opened — from the link's values. This
// answers "is this the first time?" once per key and page load.

const seen = new Set<string>();

/** True the first time it is called with `key`, false afterwards. */
export function firstTime(key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
