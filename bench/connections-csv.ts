// A seeded LinkedIn `Connections.csv` export for the contact-import benchmark: the "Notes:" preamble,
// a byte-order mark, CRLF line ends, quoted fields with commas, an e-mail address on about one row
// in ten (LinkedIn gives only those its members allowed), and "Connected On" dates like 12 Mar 2024.
import { seededRandom } from '../src/core/graph/seeded-random.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GIVEN = ['Anna', 'Jukka', 'Aigerim', 'Nuwan', 'Olga', 'Mehmet', 'Chen', 'Lucía', 'Tomás', 'Priya', 'Erik', 'Fatima'];
const FAMILY = ['Virtanen', 'Perera', 'Ivanova', 'Nurlanovna', 'Yılmaz', 'Wang', 'García', 'Novák', 'Shah', 'Larsen', 'Haddad', 'Silva'];
const POSITIONS = ['Export Manager', 'CEO', 'Head of Regulatory Affairs', 'Business Development Director', 'Sales Engineer', 'Partner'];

/** `rows` connections at `companies` companies, the same text for the same seed. */
export function connectionsCsv(rows: number, companies: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[random.below(xs.length)]!;
  const lines = [
    '\ufeffNotes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const given = pick(GIVEN);
    const family = `${pick(FAMILY)}${i}`;
    const k = random.below(companies);
    const company = `"${FAMILY[k % FAMILY.length]!} & Co, ${k}"`;
    const email = random.below(10) === 0 ? `${given.toLowerCase()}.${i}@example.com` : '';
    const date = `${1 + random.below(28)} ${pick(MONTHS)} ${2008 + random.below(18)}`;
    lines.push([given, family, `https://www.linkedin.com/in/${given.toLowerCase()}-${i}`, email, company, pick(POSITIONS), date].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
