// Stage 5, claims: the event frame a claim reports (kind, status of control, acting side, places).
import { describe, expect, test } from 'vitest';
import { compareClaims } from '../src/index.js';

const eventOf = (text: string) => compareClaims([{ id: 'a', text, date: '2024-06-13' }]).claims.find((c) => c.event)?.event;

describe('events: must match', () => {
  test.each([
    ['a phrasal verb with its object pronoun inside', '“The enemy tried to advance but our forces pushed them back,” an army spokesman said.', 'repel'],
    ['a capture', 'The RSF said they had taken full control of El Fasher.', 'capture'],
    ['a denied recapture is a hold', 'The army denied that rebels had retaken Morek.', 'hold'],
  ])('%s', (_label, text, kind) => {
    expect(eventOf(text)?.kind).toBe(kind);
  });
});

describe('events: must not match', () => {
  test.each([
    ['an attempt is no advance', 'The enemy tried to advance on the town, residents said.', 'advancing'],
    ['a denied advance asserts no advance', 'The army denied that rebels had advanced on Morek.', 'advancing'],
    ['a report not made asserts no capture', 'The army did not confirm that rebels had captured Morek.', 'captured'],
    ['pulling out bodies is no withdrawal', '“We pulled out the bodies of women and children,” a rescuer said.', 'lost'],
  ])('%s', (_label, text, status) => {
    expect(eventOf(text)?.status).not.toBe(status);
  });
});
