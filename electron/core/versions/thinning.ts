const DAY_MS = 24 * 60 * 60 * 1000;
/** 1970-01-05 was a Monday: weeks counted from it start on Mondays (UTC). */
const FIRST_MONDAY_MS = 4 * DAY_MS;

interface Thinnable {
  id: string;
  createdAt: string;
  label: string | null;
}

/**
 * Which versions to keep: every labelled one; every automatic one of the last day; the newest of
 * each day for a month; the newest of each week after that. `versions` may come in any order.
 */
export function thinVersions<V extends Thinnable>(versions: readonly V[], now: Date): V[] {
  const newestFirst = [...versions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const seenBuckets = new Set<string>();
  return newestFirst.filter((version) => {
    if (version.label) return true;
    const time = Date.parse(version.createdAt);
    const age = now.getTime() - time;
    if (age < DAY_MS) return true;
    const bucket = age < 30 * DAY_MS ? `day:${Math.floor(time / DAY_MS)}` : `week:${Math.floor((time - FIRST_MONDAY_MS) / (7 * DAY_MS))}`;
    if (seenBuckets.has(bucket)) return false;
    seenBuckets.add(bucket);
    return true;
  });
}
