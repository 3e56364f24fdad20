/** A date as the case records it (YYYY, YYYY-MM or YYYY-MM-DD), shown in words and marked up with its machine value. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-24" → "24 Mar 2025", "2025-03" → "Mar 2025", "2025" → "2025"; anything else as it is. */
export function dateWords(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function PartialDate({ date }: { date: string }) {
  return <time dateTime={date}>{dateWords(date)}</time>;
}
