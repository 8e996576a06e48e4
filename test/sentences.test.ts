// Stage 2, sentences and tokens: offsets into the original text, quotations, sentences kept whole
// across a quotation.
import { describe, expect, test } from 'vitest';
import { stages } from './helpers.js';

const parse = (text: string) => stages(text).parsed!;

describe('sentences: must match', () => {
  test('every token is a slice of the original text', () => {
    const text = ' date 2017-03-22 “We can’t leave,” he said.\r\nRebels took 3,000 km² of land – officials said.';
    const { tokens } = parse(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('paragraphs read in one call keep their own offsets and sentences', () => {
    const text = 'Rebels captured Soran.\n\n\tThe army said on Tuesday it had retaken the town\nResidents fled.';
    const p = parse(text);
    for (const t of p.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(p.tokens.every((t, i) => t.i === i)).toBe(true);
    expect(p.sentences.map((x) => text.slice(x.start, x.end))).toEqual(['Rebels captured Soran.', 'The army said on Tuesday it had retaken the town', 'Residents fled.']);
  });

  test('a sentence ends after a one-letter name ("posted on X.")', () => {
    const text = 'The spokesman said in a statement posted on X. He said the rebels had killed 20 fighters.';
    const p = parse(text);
    expect(p.sentences.map((x) => text.slice(x.start, x.end))).toEqual(['The spokesman said in a statement posted on X.', 'He said the rebels had killed 20 fighters.']);
  });

  test.each([
    ['an initial before a name', 'The museum is run by the J. Paul Getty Trust, officials said.'],
    ['an initial after a name', 'President George W. Bush said the war would end.'],
  ])('must not: %s ends no sentence', (_label, text) => {
    expect(parse(text).sentences).toHaveLength(1);
  });

  test('quotations pair their marks', () => {
    const text = 'He said: “We won.” She said "no".';
    const { quotes } = parse(text);
    expect(quotes.map((q) => text.slice(q.inner.start, q.inner.end))).toEqual(['We won.', 'no']);
  });

  test('a quotation across a full stop keeps its sentence whole', () => {
    const text = '“The bombardment is everywhere. there is no place left”, said a commander.';
    expect(parse(text).sentences).toHaveLength(1);
  });

  test("two apostrophes are one quotation mark, as archives print them", () => {
    const text = "''We will not leave,'' the mayor said. ''The town is ours.'' Rebels disagreed.";
    const p = parse(text);
    expect(p.quotes.map((q) => text.slice(q.inner.start, q.inner.end))).toEqual(['We will not leave,', 'The town is ours.']);
    for (const t of p.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(p.sentences.map((x) => text.slice(x.start, x.end))).toEqual(["''We will not leave,'' the mayor said.", "''The town is ours.''", 'Rebels disagreed.']);
  });

  test.each([
    ['straight single marks', "'We are winning,' said Ahmed.", ['We are winning,']],
    ['curly single marks', '‘We are winning,’ said Ahmed.', ['We are winning,']],
    ['British punctuation outside the marks', '‘The town is ours’, the commander said.', ['The town is ours']],
    ['a scare quote', 'The army called the raid a ‘terrorist attack’.', ['terrorist attack']],
    ['single marks inside a double quotation stay inside it', '“He told me ‘never’ twice,” she said.', ['He told me ‘never’ twice,']],
  ])('single quotation marks: %s', (_label, text, inner) => {
    const p = parse(text);
    expect(p.quotes.map((q) => text.slice(q.inner.start, q.inner.end))).toEqual(inner);
  });

  test('a split inside a party label is mended', () => {
    expect(parse('Rep. Trey Gowdy (R-S.C.) said the claim was false.').sentences).toHaveLength(1);
  });

  test('an unbalanced quotation mark is a diagnostic, not an error', () => {
    const p = parse('He said “we will fight on. Rebels advanced.');
    expect(p.diagnostics.map((d) => d.code)).toContain('unbalanced-quote');
  });

  test('a quoted question and its speaker after it are one sentence', () => {
    const text = '“Who would have believed it?” Trump said, looking out on the crowd.';
    expect(parse(text).sentences).toHaveLength(1);
  });

  test.each([
    ['a capitalised "verb" inside a name joined by "and"', 'Kevin Brady, chairman of the Ways and Means Committee, said the vote was delayed.', 'Means', 'PROPN'],
    ['"says" before a gerund is the verb', 'The governor says rebuilding the bridge will take a year.', 'says', 'VERB'],
    ['a noun before its verb inside a determiner phrase', 'A war monitor reported the attack.', 'monitor', 'NOUN'],
    ['a past verb before the gerund it takes', 'The ministry denied using barrel bombs.', 'denied', 'VERB'],
    ['a plain verb form after "a" and its noun, ending the phrase, is the noun', 'Cabo Ligado, a conflict monitor, said 20 people died.', 'monitor', 'NOUN'],
    ['an acronym read as "is", an adverb, then a verb', 'IS also claimed that air strikes had destroyed a mosque.', 'IS', 'PROPN'],
    ['a capitalised "verb" between two name words, before the sentence\'s verb', 'Director General Inter Services Public Relations Lieutenant General Khurram Shahzad said 31 civilians died.', 'Inter', 'PROPN'],
  ])('tag correction: %s', (_label, text, word, pos) => {
    expect(parse(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});

describe('sentences: must not match', () => {
  test.each([
    ['an apostrophe of possession', 'The rebels’ positions were shelled on Tuesday.'],
    ['an apostrophe inside a word', "Residents don't expect the road to open."],
    ['a decade with no closing mark', "In the '90s the town was quiet."],
  ])('no single quotation: %s', (_label, text) => {
    expect(parse(text).quotes).toEqual([]);
  });

  test.each([
    ['an apostrophe', 'The army’s statement came late.'],
    ['a possessive with a straight mark', "The army's statement came late."],
  ])('%s is no quotation', (_label, text) => {
    expect(parse(text).quotes).toHaveLength(0);
  });

  test("an apostrophe of a possessive or an elision is no quotation mark", () => {
    const text = "The rebels' positions held. Don't go, he said.";
    expect(parse(text).quotes).toEqual([]);
  });

  test('an abbreviation ending a sentence before a capitalised word keeps the split', () => {
    const text = 'The talks were held in the U.S. A ceasefire was agreed.';
    expect(parse(text).sentences).toHaveLength(2);
  });

  test('separate sentences stay separate', () => {
    expect(parse('Rebels advanced. The army retreated. Jets struck.').sentences).toHaveLength(3);
  });

  test.each([
    ['a headline verb after a capitalised subject', 'Rebels and Army Capture Soran', 'Capture', 'PROPN'],
    ['"the said strikes" keeps its adjective', 'The said strikes killed 12 people.', 'said', 'VERB'],
    ['a participle after "a" and its noun, before its agent', 'Cabo Ligado, a monitor run by ACLED, said 20 people died.', 'run', 'NOUN'],
    ['a plain verb after a determiner that a verb governs', 'The rebels let a convoy pass, then fired.', 'pass', 'NOUN'],
    ['"is" in lower case before an adverb stays a verb', 'The town is also calm, officials said.', 'is', 'PROPN'],
  ])('no tag correction: %s', (_label, text, word, pos) => {
    expect(parse(text).tokens.find((t) => t.text === word)?.pos).not.toBe(pos);
  });

  test.each([
    ['a report with its own clause', '“We won.” Local sources announced on Saturday that five civilians were killed.'],
    ['a report with its own quotation', '“We won.” He adds, “The war is over.”'],
    ['a sentence whose verb says nothing', '“We won.” Rebels disagreed.'],
  ])('a quotation and the sentence after it stay apart: %s', (_label, text) => {
    expect(parse(text).sentences).toHaveLength(2);
  });
});
