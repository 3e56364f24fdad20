/**
 * Every ISO 3166-1 alpha-2 country code with its English name, for the country pickers. The names
 * come from the browser (Intl.DisplayNames); the codes are the ones the server accepts.
 *
 * The codes are a literal copy of the list the server validates against, generated once with
 *   node -e "console.log(Object.keys(require('i18n-iso-countries').getAlpha2Codes()).sort().join(''))"
 * from i18n-iso-countries 7.14.0, and kept equal to it by test/e2e/intake.e2e.test.ts. Measured in
 * the production bundle: this string adds 0.5 kB; importing the package's getAlpha2Codes would add
 * 16 kB (7.7 kB gzipped: its alpha-3 and numeric codes and a diacritics table), and its codes.json
 * alone 9 kB (3.4 kB gzipped).
 */
import { countryName } from './format';

const CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW';

/** The 250 assigned codes, in alphabetical order of the code. */
export const COUNTRY_CODES: readonly string[] = CODES.match(/[A-Z]{2}/g) ?? [];

export interface Country {
  code: string;
  name: string;
}

let sorted: readonly Country[] | undefined;

/** All countries by English name, "Afghanistan" first; built once, on first use. */
export function countries(): readonly Country[] {
  sorted ??= COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return sorted;
}
