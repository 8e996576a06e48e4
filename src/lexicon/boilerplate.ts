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
]);

/**
 * Picture and video credits in parentheses: "(Social Media Website via Reuters TV)",
 * "(AP Photo/Hassan Ammar)", "(Reuters/Omar Sanadiki)", "(Photo: SANA)".
 * @example
 * CREDIT_PATTERN.test('(AP Photo/Hassan Ammar)'); // true
 */
export const CREDIT_PATTERN = /\((?:[^()\n]{0,80}\bvia (?:Reuters|AP|AFP|Getty)[^()\n]{0,20}|(?:AP|AFP|Reuters|EPA|Getty Images|Photo|Picture|Credit|File photo)\s*(?:Photo)?\s*[/:][^()\n]{0,80})\)/g;

/**
 * News agencies that appear in datelines ("BEIRUT (AP)", "DAMASCUS (Reuters) -").
 * @example
 * DATELINE_AGENCIES.has('AP'); // true
 */
export const DATELINE_AGENCIES: ReadonlySet<string> = Object.freeze(new Set([
  'AP', 'Reuters', 'AFP', 'SANA', 'DPA', 'dpa', 'Xinhua', 'Sputnik', 'ANA', 'UPI', 'TASS', 'IRNA', 'Anadolu', 'CNN', 'BBC',
]));
