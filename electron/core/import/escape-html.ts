/** Text for the HTML the converters hand the paste pipeline: every character HTML gives a meaning to, as a numeric reference. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
