// Stage 1, intake: date lines, datelines, credits, promo lines and repeated captions.
import { describe, expect, test } from 'vitest';
import { intake } from '../src/intake/index.js';
import { DEFAULT_LEXICON } from '../src/lexicon/index.js';

const read = (text: string, date: string | null = null) => intake({ id: 'd', text, date }, DEFAULT_LEXICON);
const kept = (text: string) => { const d = read(text); return d.segments.map((s) => text.slice(s.start, s.end)).join(' | '); };

describe('intake: must match', () => {
  test.each([
    ['a leading "date" line', ' date 2017-03-31 Rebels attacked the town.', '2017-03-31'],
    ['a "Date of publication" line', 'Date of publication 18 July 2016 Activists said ten died.', '2016-07-18'],
    ['a weekday-day-month-year head', 'Sun 10 Jul 2016 Fighting continued in Aleppo.', '2016-07-10'],
    ['a month-day-year head', 'Posted on April 4, 2017\nThe army advanced.', '2017-04-04'],
  ])('%s gives the publication date', (_label, text, date) => {
    expect(read(text).date).toBe(date);
  });

  test('the input date wins over the text', () => {
    expect(read(' date 2017-03-31 Rebels attacked.', '2017-04-01').date).toBe('2017-04-01');
  });

  test.each([
    ['AP style', 'BEIRUT (AP)  Government forces regained the area.', 'BEIRUT', 'AP'],
    ['Reuters with a dash', 'AMMAN (Reuters) - Rebels said they held the hill.', 'AMMAN', 'Reuters'],
    ['two words and a date', 'DEIR EZZOR, March 3 (AFP) - Jets struck.', 'DEIR EZZOR', 'AFP'],
    ['a place in title case', 'Addis Ababa (AFP) - The death toll has risen to 26.', 'Addis Ababa', 'AFP'],
    ['a title-case place and its country', 'Yangon, Myanmar (AFP) - The junta said it held the town.', 'Yangon', 'AFP'],
    ['a place with a particle', 'Deir al-Balah (Reuters) - Strikes hit the camp.', 'Deir al-Balah', 'Reuters'],
    // a newspaper's own dateline has a place and no agency
    ['a newspaper\'s own', 'WASHINGTON — Sen. Marco Rubio said he would not run.', 'WASHINGTON', undefined],
    ['a place and its state', 'CHICAGO, Ill. - Rahm Emanuel said the city would appeal.', 'CHICAGO', undefined],
  ] as [string, string, string, string | undefined][])('a dateline (%s) is place and agency, not text', (_label, text, place, agency) => {
    const d = read(text);
    expect(d.dateline).toBe(place);
    expect(d.agency).toBe(agency);
    expect(kept(text).startsWith(place)).toBe(false);
  });

  test.each([
    ['a date and AP', 'March 4 (AP) — Ukrainian soldiers said they held the village.', 'AP'],
    ['a short month and Reuters', 'Dec 29 (Reuters) - The minister said talks would resume.', 'Reuters'],
  ])('a dateline with a date and no place (%s) is not text', (_label, text, agency) => {
    const d = read(text);
    expect(d.agency).toBe(agency);
    expect(d.dateline).toBeUndefined();
    expect(kept(text).includes(`(${agency})`)).toBe(false);
  });

  test.each([
    ['an app promotion', 'Rebels advanced.\nFor all the latest World News, download Indian Express App now', 'download'],
    ['a follow prompt', 'Rebels advanced.\nFollow us on Twitter for more', 'Follow'],
    ['a copyright line', 'Rebels advanced.\nCopyright 2017 Reuters. All rights reserved.', 'Copyright'],
    ['a picture credit', 'A man walks past rubble. (Social Media Website via Reuters TV) Rebels advanced.', 'Reuters TV'],
    ['an AP photo credit', 'Smoke rises over the city (AP Photo/Hassan Ammar) as jets strike.', 'Ammar'],
    ['a PHOTO: caption line', 'Rebels advanced.\nPHOTO: Smoke rises over the town in this screen grab. REUTERS', 'Smoke rises'],
    ['a FILE PHOTO: caption line', 'Rebels advanced.\nFILE PHOTO: Soldiers patrol the road. REUTERS/Staff/File Photo', 'Soldiers patrol'],
    ['a caption ending in an AP credit', 'Rebels advanced.\nSoldiers patrol near Kaya on March 3, 2023. (AP Photo, File)', 'Soldiers patrol'],
    ['a caption ending in an AFP credit', 'Rebels advanced.\nA man looks at the damaged monastery. (Photo by STR / AFP)', 'A man looks'],
    ['a caption ending in a Getty credit', 'Rebels advanced.\nDisplaced women queue for water at a camp. (Osman Babiker/AFP via Getty Images)', 'queue for water'],
    ['a caption ending in a bracketed file credit', 'Rebels advanced.\nMilitia fighters patrol a road in January [File: Didier Mukenge/AFP]', 'patrol a road'],
    ['a BBC image caption', 'Rebels advanced.\nImage caption, Firefighters try to put out a blaze at the port', 'Firefighters'],
    ['an Al Jazeera source line', 'Rebels advanced.\nSOURCE: AL JAZEERA AND NEWS AGENCIES', 'AL JAZEERA'],
    ['a follow line', 'Rebels advanced.\nFollow AP\'s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine', 'coverage'],
    ['a contributor line', 'Rebels advanced.\nAbdelrahman Osman contributed reporting from Port Sudan.', 'Abdelrahman'],
    ['an AFP desk slug', 'Rebels advanced.\nstr-er/gil/cw', 'str-er'],
    ['an AP contributor line', 'Rebels advanced.\n___\nAssociated Press writer Asha Mohamed in Nairobi, Kenya, contributed to this report.', 'Asha Mohamed'],
    ['a headline on the date line', ' date 2022-05-18 Batibo: Military, Amba fighters trade claims after deadly weekend attack\nThe army said it held Batibo.', 'trade claims'],
    ['a headline on the first line', 'Death toll from Tripoli offensive rises to 51: WHO\n\nThe WHO said 51 people had died.', 'rises to 51'],
    ['titles of other stories after "Related:"', 'Rebels advanced.\nRelated:\nIraqi forces recapture al-Jadida neighborhood in western Mosul', 'recapture'],
    ['titles after "More on this story"', 'Rebels advanced.\nMore on this story\nCAR election: Touadéra wins second term amid rebel violence', 'second term'],
    ['a BBC image copyright line', 'Rebels advanced.\nImage copyright Reuters\nImage caption Civil defence workers search the rubble', 'Civil defence'],
    ['a BBC media line', 'Rebels advanced.\nMedia playback is unsupported on your device', 'playback'],
    ['a link labelled "Analysis:"', 'Rebels advanced.\nAnalysis: Why Mosul matters', 'Mosul matters'],
    ['a caption ending in an AFP credit after a dash', 'Rebels advanced.\nRescuers search the rubble in Ganja on October 11, 2020 - AFP / Emin AGHAYEV', 'Rescuers'],
    ['a caption ending in a TASS credit', 'Rebels advanced.\nShelled residential building in Stepanakert. © Pavel Grishin/TASS', 'Shelled'],
    ['a caption ending in a Xinhua credit', 'Rebels advanced.\nPolice take positions in western Mosul on March 25, 2017. (Xinhua/Dawood Salem)', 'Police take'],
    ['a caption ending in an Anadolu credit', 'Rebels advanced.\nGNA forces gather south of Tripoli on April 8, 2019. ( Emre Yildiz - Anadolu Agency )', 'GNA forces'],
    ['a caption ending in "Photo:" and its outlet', 'Rebels advanced.\nSoldiers at a checkpoint on Tuesday. Photo: The Guardian Post', 'checkpoint'],
    ['a caption ending in an agency photo credit', 'Rebels advanced.\nThe DG ISPR addresses a press conference in Rawalpindi. – APP photo', 'press conference'],
    ['a caption ending in a photographer in capitals', 'Rebels advanced.\nSoldiers head to Marawi City on Friday. —RICHEL V. CORTES', 'Marawi'],
    ['a byline and its desk', 'By Marlon Batiles\nInquirer Mindanao\n\nRebels advanced.', 'Inquirer'],
    ['a byline with its place', 'By Elvis Tah Nkwain, in Batibo\nRebels advanced.', 'Nkwain'],
    ['an Anadolu byline with its date', 'Adel Bakir   |09.04.2019\nRebels advanced.', 'Bakir'],
    ['an editor line', 'Rebels advanced.\nEditor: Zhang Yuan', 'Zhang'],
    ['a writer line with a mark', 'Rebels advanced.\n*Writing by Hakan Demirel', 'Demirel'],
    ['a national agency\'s desk slug', 'Rebels advanced.\n– APP/ztm', 'ztm'],
    ['a report credit in capitals', 'Rebels advanced.\n—WITH A REPORT FROM THE ASSOCIATED PRESS', 'REPORT'],
    ['an "Also Read" link', 'Rebels advanced.\nAlso Read: PM chairs NSC meeting', 'NSC'],
  ])('%s is not read', (_label, text, gone) => {
    expect(kept(text)).not.toContain(gone);
  });

  test('a caption printed twice is read once', () => {
    const caption = 'A still image taken from a video purports to show fighters on tanks near Hama.';
    const d = read(`${caption} (Social Media Website via Reuters TV) ${caption} (Social Media Website via Reuters TV)\n\nRebels advanced.`);
    const texts = d.segments.map((s) => d.text.slice(s.start, s.end));
    expect(texts.filter((t) => t.includes('still image'))).toHaveLength(1);
    expect(d.diagnostics.map((x) => x.code)).toContain('repeated-text');
  });

  test('segments are spans of the original text', () => {
    const text = ' date 2017-03-31 First line.\r\nBEIRUT (AP) Second line.';
    const d = read(text);
    expect(d.segments.map((s) => text.slice(s.start, s.end))).toEqual(['First line.', 'Second line.']);
  });
});

describe('intake: must not match', () => {
  test.each([
    ['a sentence about an app', 'Rebels used a messaging app to coordinate the assault.'],
    ['an acronym in brackets', 'The Free Syrian Army (FSA) said it held the town.'],
    ['an all-caps word that is no dateline', 'NATO said the strikes would continue.'],
    ['a bracket that is no credit', 'The town (population 20,000) was shelled.'],
    ['a short sentence said twice', 'He said no. He said no.'],
    ['a date and a bracket that is no agency', 'March 4 (local time) - The strikes resumed.'],
    ['a sentence about a photo', 'The photo showed soldiers near the bridge.'],
    ['a sentence that names Reuters inside it', 'The army told Reuters the road was open.'],
    ['a fraction-like word pair', 'Rebels said the and/or clause was vague.'],
    ['an AP writer who is a source', 'An Associated Press writer saw the convoy leave.'],
    ['a source line in ordinary case', 'Source: the ministry said the road was open.'],
    ['a bracket that is no credit at the end', 'The town was shelled [the army said].'],
    ['a sentence on who contributed what', 'Gulf states contributed funds to rebuild the hospital.'],
    ['an acronym, a dash and lower case', 'NATO - the alliance said nothing.'],
    ['capitals inside a sentence', 'Rebels said the UN SECURITY COUNCIL - not the army - must act.'],
    ['a two-letter acronym and a dash', 'UN - Syria talks resumed.'],
    ['a title-case name and an agency with no separator', 'Rebels (AFP) said they held the town.'],
    ['a title-case name and a bracket that is no agency', 'Free Syrian Army (FSA) - a coalition of brigades.'],
    ['a one-line story is no headline', 'Rebels advanced on Soran'],
    ['a sentence that opens with "By" and a day', 'By Monday, the army had retaken Soran.'],
    ['a sentence that ends in a dash and an organisation in lower case', 'The army shelled the town — the monitor said so.'],
    ['two words of an acronym and a noun', 'US troops'],
  ])('%s is kept whole', (_label, text) => {
    expect(kept(text)).toBe(text);
    expect(read(text).dateline).toBeUndefined();
  });

  test('a first line the story runs on from is no headline', () => {
    expect(kept('Rebels took the town\nof Soran on Monday, the army said.')).toContain('Rebels took the town');
  });

  test('a date inside the text is not the publication date', () => {
    expect(read('Rebels attacked on 2017-03-20 at dawn.').date).toBeNull();
  });
});

describe('a paragraph of its own with no full stop', () => {
  const story = (line: string) => `The army said rebels had captured the town of Morek on Monday.\n\n${line}\n\nThe rebels said the town of Morek was calm.`;
  test.each([
    ['a photo caption', 'A federal soldier walks past destroyed apartment blocks in central Grozny'],
    ['a credit with a slash', 'AFP PHOTO/Dmitri Ivanov'],
    ['a label of the page', 'Related posts'],
    ['a newsletter prompt', 'Get The Times of Israel\'s Daily Edition by email'],
    ['a time stamp', 'Published at 13:48 GMT 14:48 UK'],
    ['a byline of two writers', 'By Nino Beradze and Oliver Kent'],
  ])('is skipped: %s', (_label, line) => {
    expect(kept(story(line))).not.toContain(line);
  });

  test.each([
    ['a line of a paragraph broken by hard wraps', 'The army said rebels had captured the town of Morek on Monday\nand killed 12 soldiers, a spokesman said.'],
    ['a point of a list', 'The army said rebels had captured the town of Morek on Monday.\n\n- Rebels say they hold Morek\n\nThe rebels said the town was calm.'],
    ['a paragraph that ends with its source in brackets', 'The army said rebels had captured the town of Morek on Monday.\n\nSanders said his rival is in "serious trouble." [NYT.]\n\nThe rebels said the town was calm.'],
    ['a paragraph that ends in a full stop', 'The army said rebels had captured the town of Morek on Monday.\n\nA rebel spokesman said the town was calm.\n\nThe rebels said the town was calm.'],
  ])('must not: %s', (_label, text) => {
    const second = text.split(/\n+/)[1]!.replace(/^- /, '');
    expect(kept(text)).toContain(second.slice(0, 20));
  });
});
