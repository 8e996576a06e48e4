// The quantity table (test/fixtures/quantity-phrases.ts): phrases in the way reports write them,
// reworded from FA-KES and PolNeAR, each with its interval, unit, approximate flag, measure and
// subject; and the sentences where no number is a quantity.
import { describe, expect, test } from 'vitest';
import { NOT_QUANTITIES, NO_RANGE, QUANTITY_ROWS } from './fixtures/quantity-phrases.js';
import { stages } from './helpers.js';

const quantities = (text: string) => stages(text).normalised!.sentences.flatMap((s) => s.quantities);

describe('quantity table: must match', () => {
  test.each(QUANTITY_ROWS.map((r) => [r.sentence, r.want] as const))('%s', (sentence, want) => {
    const found = quantities(sentence).find((q) => q.text === want.text);
    expect(found, `got ${JSON.stringify(quantities(sentence).map((q) => q.text))}`).toBeDefined();
    for (const [k, v] of Object.entries(want)) expect(found![k as keyof typeof found], k).toEqual(v);
  });
});

describe('quantity table: must not match', () => {
  test.each(NOT_QUANTITIES)('%s', (sentence) => {
    expect(quantities(sentence).map((q) => q.text)).toEqual([]);
  });

  test.each(NO_RANGE.map((r) => [r.sentence, r.noRange] as const))('%s has no range', (sentence, [lo, hi]) => {
    expect(quantities(sentence).some((q) => q.min === lo && q.max === hi)).toBe(false);
  });
});
