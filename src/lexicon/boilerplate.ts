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
 * A byline: "By Elvis Tah Nkwain, in Batibo", "By Marlon Batiles" (a desk's name may follow on its
 * own line, which intake reads as part of it).
 * @example
 * BYLINE.test('By Marlon Batiles'); // true
 */
export const BYLINE = /^\s*By \p{Lu}[\p{L}.'-]{0,30}(?: \p{Lu}[\p{L}.'-]{0,30}){0,4}(?:, (?:in )?\p{Lu}[\p{L}.' -]{0,40})?$/u;

/**
 * A label that lists other stories after it ("Related:", "Related Topics", "More on this story"),
 * whose titles intake skips.
 * @example
 * RELATED_LABEL.test('Related Topics'); // true
 */
export const RELATED_LABEL = /^\s*(?:related(?: topics| stories| articles| content)?|more on this story):?$/i;

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
  /^\s*also (?:read|see)\s*:/i,
  /^\s*(?:share|tweet|email) (?:this|on)\b/i,
  /^\s*(?:copyright|©)\s/i,
  /\ball rights reserved\b/i,
  /^\s*(?:advertisement|sponsored)\s*$/i,
  /^[\s*]*(?:reporting|writing|editing|additional reporting) (?:by|from)\b/i,
  // credit and desk lines of other house styles: Xinhua's "Editor: Zhang Yuan", a byline "By Elvis
  // Tah Nkwain, in Batibo", Anadolu's "Adel Bakir |09.04.2019"
  /^\s*(?:editor|editors|edited by|translated by|compiled by)(?::\s?| )\p{Lu}[\p{L}.' -]{1,60}$/iu,
  BYLINE,
  /^\s*\p{Lu}[\p{L}.'-]{0,30}(?: \p{Lu}[\p{L}.'-]{0,30}){0,3} *\| ?\d{1,2}[./]\d{1,2}[./]\d{2,4}$/u,
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
  // the BBC's older template: "Image copyright Reuters", "Image caption Civil defence workers ...",
  // "Media playback is unsupported on your device", "Media caption ...", "Related Topics"
  /^\s*(?:image|media) (?:copyright|caption)\b/i,
  /^\s*media playback is unsupported\b/i,
  RELATED_LABEL,
  // a link to another story: "Analysis: Why Mosul matters", "Read also: ..." (a label, then a line with no full stop)
  /^\s*(?:analysis|explainer|watch|video|listen|opinion|profile|related|more):[^\n.!?]{1,100}$/i,
  // credits after a caption: "... - AFP / Emin AGHAYEV", "... © Pavel Grishin/TASS", "... Photo: The
  // Guardian Post", "( Emre Yildiz - Anadolu Agency )", "(Xinhua/Dawood Salem)"
  /[-\u2013\u2014] ?(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu Agency|Xinhua|TASS) ?\/ ?\p{Lu}[\p{L}.' -]{1,40}$/u,
  /\u00a9[^\n\u00a9/]{0,60}\/(?:TASS|AFP|Reuters|AP|EPA|Xinhua|Sputnik|RIA Novosti|Anadolu Agency|Getty Images)$/,
  /(?:^|[.!?] )(?:Photo|Picture|Image):[^\n.!?]{1,60}$/,
  /\([^()\n]{0,60}(?:\s[-\u2013\u2014]\s*|\/)(?:Anadolu Agency|Anadolu|Xinhua|TASS|Sputnik|IRNA|SANA|dpa|DPA|Getty Images)\s*\)\s*$/,
  /\(\s*(?:Xinhua|TASS|Anadolu|Sputnik|IRNA|SANA|dpa|DPA|EPA|AFP|Reuters|AP)\s*\/[^()\n]{1,60}\)\s*$/,
  // "... press conference in Rawalpindi. – APP photo", "... on Friday. —RICHEL V. CORTES": a credit
  // after a dash at the end of a caption (a name in capitals, or an agency's photo)
  /[-\u2013\u2014]\s*[A-Z]{2,10} (?:file )?photo\s*$/i,
  /[.!?] ?[-\u2013\u2014] ?[A-Z][A-Z.'-]{0,20}(?: [A-Z][A-Z.'-]{0,20}){1,3}$/,
  // desk slugs of national agencies: "– APP/ztm", "(AIM) ts/pf", "— MNA/GNLM"
  /^\s*(?:[-\u2013\u2014] ?)?\(?[A-Z]{2,8}\)?(?: ?\/ ?[A-Za-z]{2,6}| [a-z]{2,5}\/[a-z]{2,5})(?:\/[A-Za-z]{2,6}){0,3}$/,
  /^[\s\u2013\u2014-]*with (?:a )?reports? from\b[^\n]{0,80}$/i,
  // subscription notes of agency sites (Anadolu's "... contains only a portion of the news stories ...")
  /\bonly a portion of the news stories\b/i,
  /^\s*please contact us for subscription\b/i,
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
  // national agencies: Pakistan (APP), India (PTI, ANI, IANS), Mozambique (AIM), Kuwait (KUNA), the
  // Emirates (WAM), Saudi Arabia (SPA), Qatar (QNA), South Korea (Yonhap), Japan (Kyodo), Malaysia
  // (Bernama), Indonesia (ANTARA), the Philippines (PNA), Myanmar (MNA), Ukraine (Ukrinform), Iran (IRNA, ISNA, Tasnim)
  'APP', 'PTI', 'ANI', 'IANS', 'AIM', 'KUNA', 'WAM', 'SPA', 'QNA', 'Yonhap', 'Kyodo', 'Bernama', 'ANTARA', 'PNA', 'MNA', 'Ukrinform', 'ISNA', 'Tasnim', 'PA',
]));
