/**
 * Finding a time zone by what an editor calls it. The IANA names carry a city in English
 * ("Africa/Cairo", "America/New_York"); the desk's common cities also have their Arabic names and
 * other English ones (Washington, Abu Dhabi, Jeddah) in the `zoneCities` table of panels.*.json,
 * since Intl names zones only by region ("Eastern European Time", "توقيت شرق أوروبا"); that
 * generic name in the UI language is searched too, so "Gulf" and "الخليج" find Dubai.
 */

export interface ZoneChoice {
  zone: string;
  /** The city the zone is known by, in the UI language where the table has it. */
  city: string;
  /** "Eastern European Time" in the UI language. */
  generic: string;
  /** "GMT+2" in the UI language, now. */
  offset: string;
  /** What a search is matched against, normalized: cities first. */
  cities: string[];
  others: string[];
}

/** Case, accents, Arabic diacritics and letter variants (أ إ آ ا, ة ه, ى ي) and IANA punctuation do not matter. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\s/_\-–,.]+/g, ' ')
    .trim();
}

/** The last part of an IANA name as a place name: "America/Port_of_Spain" → "Port of Spain". */
export function ianaCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** Comma-separated names from the `zoneCities` table: the first is the one shown. */
const names = (entry: string | undefined): string[] => (entry ? entry.split(',').map((name) => name.trim()).filter(Boolean) : []);

/**
 * The name Intl lists a zone by: the table says "Europe/Kyiv" and "Asia/Kolkata", Chromium's list
 * has "Europe/Kiev" and "Asia/Calcutta".
 */
function canonical(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

export function zoneChoices(
  zones: readonly string[],
  /** The table in the UI language first, then the other language's. */
  tables: readonly Record<string, string>[],
  describe: (zone: string) => { generic: string; offset: string },
): ZoneChoice[] {
  const byZone = tables.map((table) => new Map(Object.entries(table).map(([zone, entry]) => [canonical(zone), entry])));
  return zones.map((zone) => {
    const tableNames = byZone.flatMap((table) => names(table.get(zone)));
    const { generic, offset } = describe(zone);
    return {
      zone,
      city: names(byZone[0]?.get(zone))[0] ?? ianaCity(zone),
      generic,
      offset,
      cities: [...tableNames, ianaCity(zone)].map(normalizeForSearch),
      others: [zone, generic].map(normalizeForSearch),
    };
  });
}

/**
 * The zones whose names match what is typed: a city that starts with it first, then any name with
 * a word that starts with it, then any name holding it; alphabetical within each.
 */
export function searchZones(choices: readonly ZoneChoice[], typed: string): ZoneChoice[] {
  const query = normalizeForSearch(typed);
  if (!query) return [...choices];
  const rank = (choice: ZoneChoice): number => {
    if (choice.cities.some((name) => name.startsWith(query))) return 0;
    const all = [...choice.cities, ...choice.others];
    if (all.some((name) => name.startsWith(query) || name.includes(` ${query}`))) return 1;
    if (all.some((name) => name.includes(query))) return 2;
    return 3;
  };
  return choices
    .map((choice) => ({ choice, rank: rank(choice) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.choice.zone.localeCompare(b.choice.zone))
    .map((entry) => entry.choice);
}
