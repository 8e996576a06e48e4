/**
 * Boilerplate that scraped reports carry and that is never a claim: app promotions, share and
 * subscribe prompts, copyright lines, picture credits.
 *
 * Where it comes from: the templates of the outlets in the FA-KES and PolNeAR collections and the
 * boilerplate classes of jusText (Pomikálek 2011). Every pattern is anchored or bounded so that it
 * runs in linear time.
 * @module
 */

/**
 * Whole lines (or trailing sentences) that are site furniture.
 * @example
 * BOILERPLATE_LINES.some((re) => re.test('For all the latest World News, download Indian Express App now')); // true
 */
export const BOILERPLATE_LINES: readonly RegExp[] = Object.freeze([
  /\bdownload\b[^.\n]{0,60}\bapp\b/i,
  /^\s*(?:follow|like) us on\b/i,
  /^\s*(?:click|tap) here\b/i,
  /^\s*(?:sign up|subscribe)\b[^.\n]{0,80}\b(?:newsletter|updates|alerts|channel)\b/i,
  /^\s*(?:read|see) (?:more|also)\s*:/i,
  /^\s*(?:share|tweet|email) (?:this|on)\b/i,
  /^\s*(?:copyright|©)\s/i,
  /\ball rights reserved\b/i,
  /^\s*(?:advertisement|sponsored)\s*$/i,
  /^\s*(?:reporting|writing|editing|additional reporting) by\b/i,
  /^\s*\(?(?:reporting|editing) by [^\n]{0,200}\)?\s*$/i,
  // picture captions: "PHOTO: ...", "FILE PHOTO: ...", and lines that end in the picture's credit
  // ("... March 9, 2024. REUTERS/Staff/File Photo", "... (AP Photo, File)", "... (Photo by STR / AFP)")
  /^\s*(?:file )?photo\s*:/i,
  /\bREUTERS(?:\/[A-Za-z.-]{1,20}(?: [A-Za-z.-]{1,20}){0,2}){0,3}[ \t]*$/,
  /\((?:AP Photo\b|AFP Photo\b|Photo by\b|Photo:)[^()\n]{0,100}\)\s*$/i,
  // AFP's desk slugs ("str-tmc/sco", "bur-dm/lb") and AP's contributor lines
  /^\s*[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5}){1,4}\s*$/,
  /^[\s_]{0,12}(?:Associated Press|AP) (?:writers?|reporters?|correspondents?|journalists?)\b[^\n]{0,200}\bcontributed\b/i,
  /^[^\n]{0,150}\bcontributed (?:reporting|to (?:this|the) report(?:ing)?)\b[^\n]{0,80}$/i,
  // captions in other house styles: "(Name/AFP via Getty Images)" or "[File: Name/AFP]" at the end
  // of the line, the BBC's "Image caption, ...", Al Jazeera's "SOURCE: AL JAZEERA AND NEWS AGENCIES"
  /\([^()\n]{0,80}(?:\bvia Getty Images|\/(?:AFP|Reuters|AP|EPA)\b)[^()\n]{0,40}\)\s*$/,
  /\[(?:File:[^[\]\n]{0,80}|[^[\]\n]{0,60}\/(?:AFP|Reuters|AP|EPA|Getty Images)[^[\]\n]{0,20})\]\s*$/,
  /^\s*image (?:caption|source)\s*,/i,
  /^\s*SOURCE\s*:\s*[A-Z][A-Z ,&-]{2,80}$/,
  /^\s*follow\b[^\n]{0,80}\b(?:coverage|updates|live blog)\b/i,
]);

/**
 * A short parenthetical, the only shape a picture credit takes; {@link isCredit} says whether its
 * words are one. Split in two so that each pattern runs in linear time.
 * @example
 * [...'(AP Photo/Hassan Ammar)'.matchAll(PARENTHETICAL)][0][1]; // 'AP Photo/Hassan Ammar'
 */
export const PARENTHETICAL = /\(([^()\n]{1,120})\)/g;

const VIA_AGENCY = /\bvia (?:Reuters|AP|AFP|Getty)\b/;
const CREDIT_HEAD = /^(?:AP|AFP|Reuters|EPA|Getty Images|Photo|Picture|Credit|File photo)(?: Photo)?\s{0,3}[/:]/i;

/**
 * Whether the words inside a parenthetical are a picture or video credit: "Social Media Website
 * via Reuters TV", "AP Photo/Hassan Ammar", "Reuters/Omar Sanadiki", "Photo: SANA".
 * @example
 * isCredit('AP Photo/Hassan Ammar'); // true
 * isCredit('FSA'); // false
 */
export function isCredit(inner: string): boolean {
  return VIA_AGENCY.test(inner) || CREDIT_HEAD.test(inner);
}

/**
 * News agencies that appear in datelines ("BEIRUT (AP)", "DAMASCUS (Reuters) -").
 * @example
 * DATELINE_AGENCIES.has('AP'); // true
 */
export const DATELINE_AGENCIES: ReadonlySet<string> = Object.freeze(new Set([
  'AP', 'Reuters', 'AFP', 'SANA', 'DPA', 'dpa', 'Xinhua', 'Sputnik', 'ANA', 'UPI', 'TASS', 'IRNA', 'Anadolu', 'CNN', 'BBC',
]));
