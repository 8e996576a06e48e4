// Time expressions marked on tokens (src/sentences/temporal.ts): which words are a date, a time of
// day or an ordinal. Each row: a sentence, the bracketed words that must carry the type.
import { describe, expect, test } from 'vitest';
import { report, stages } from './helpers.js';

/** The marked stretches of a text as "TYPE:words", adjacent tokens of one type joined. */
function marked(text: string): string[] {
  const { tokens } = stages(text).parsed!;
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const type = tokens[k]!.entity;
    if (!type) continue;
    let j = k;
    while (j + 1 < tokens.length && tokens[j + 1]!.entity === type) j++;
    out.push(`${type}:${text.slice(tokens[k]!.start, tokens[j]!.end)}`);
    k = j;
  }
  return out;
}

const MUST: readonly [label: string, text: string, expected: string][] = [
  ['weekday', 'Rebels said on Tuesday they had advanced.', 'DATE:Tuesday'],
  ['weekday and part of the day', 'The strike came on Tuesday night.', 'DATE:Tuesday night'],
  ['month, day and year', 'The talks began on March 22, 2017 in Geneva.', 'DATE:March 22, 2017'],
  ['day before the month', 'The town fell on 22 March 2017.', 'DATE:22 March 2017'],
  ['month and year', 'The siege began in October 2016.', 'DATE:October 2016'],
  ['abbreviated month', 'Since Sept. 19 the truce has held.', 'DATE:Sept. 19'],
  ['"May" next to a day', 'Fighting resumed on May 4.', 'DATE:May 4'],
  ['a year', 'The city was captured in 2015.', 'DATE:2015'],
  ['an older year after a preposition', 'The church was built in 1789.', 'DATE:1789'],
  ['a decade', 'The dam was built in the 1990s.', 'DATE:1990s'],
  ['ISO date', 'The report is dated 2017-03-22.', 'DATE:2017-03-22'],
  ['deictic period', 'Officials said last week that talks had failed.', 'DATE:last week'],
  ['"ago"', 'The village was taken two years ago.', 'DATE:two years ago'],
  ['today', 'The ministry said today that 20 died.', 'DATE:today'],
  ['clock time with meridiem', 'The blast struck at 9:30 p.m. near the market.', 'TIME:9:30 p.m.'],
  ['hour and meridiem', 'The curfew starts at 9 pm.', 'TIME:9 pm'],
  ['military time', 'The truce began at 1600 GMT.', 'TIME:1600 GMT'],
  ['part of the day with "last"', 'Shelling continued last night.', 'TIME:last night'],
  ['ordinal word', 'It was the third attack this month.', 'ORDINAL:third'],
  ['ordinal in figures', 'The 21st brigade moved north.', 'ORDINAL:21st'],
];

const MUST_NOT: readonly [label: string, text: string][] = [
  ['the modal "may"', 'Rebels may withdraw from the town.'],
  ['"May" starting a question', 'May the convoy pass?'],
  ['a count of people', 'At least 1407 people were injured.'],
  ['a count after "of", not a year', 'A total of 1500 people were displaced.'],
  ['a number above any year', 'The monitor documented 5812 deaths.'],
  ['a range of counts', 'Between 500 and 1300 people died.'],
  ['a duration without "ago"', 'The siege lasted 40 days.'],
  ['"march" as a verb', 'Protesters march through the city.'],
  ['"last" without a calendar word', 'The last convoy left the city.'],
];

describe('time expressions: must match', () => {
  test.each(MUST)('%s', (_label, text, expected) => {
    expect(marked(text)).toContain(expected);
  });
});

describe('time expressions: must not match', () => {
  test.each(MUST_NOT)('%s', (_label, text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('the day a claim was made', () => {
  const claimOf = (text: string) => report([{ id: 'a', text, date: '2024-07-30' }]).claims[0]!;
  test.each([
    ['an opening day before the source', 'On Sunday, the army said two soldiers had been killed.', '2024-07-28'],
    ['the day a statement was read, in the opening phrase', 'In a statement read on state television on Sunday, the army said two soldiers had been killed.', '2024-07-28'],
    ['the day a video was posted, after the cue', 'The 33rd Front said in a video posted on Sunday that it had repelled the attack.', '2024-07-28'],
  ])('%s', (_label, text, date) => {
    const c = claimOf(text);
    expect(c.date).toBe(date);
    expect(c.dateKind).toBe('statement');
  });

  test.each([
    ['no day at all', 'The army said two soldiers had been killed.'],
    ['a day the content names is the event\'s', 'On Sunday, the army said two soldiers had been killed on Friday.'],
  ])('must not: a statement date for %s', (_label, text) => {
    expect(claimOf(text).dateKind).toBeUndefined();
  });
});
