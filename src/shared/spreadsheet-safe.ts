/** CSV cells that a spreadsheet opens as text: for every CSV Foothold writes, on the server or in the browser. */

/**
 * A cell a spreadsheet will show as text, never run as a formula (OWASP "CSV injection"): text
 * starting with =, +, -, @, tab or carriage return gets a leading apostrophe. Plain numbers such
 * as "-3" or "+4.5" are left alone; they cannot call anything.
 */
export function spreadsheetSafe(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  if (/^[+-]?\d+(\.\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}
