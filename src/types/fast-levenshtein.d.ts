// fast-levenshtein 3 ships no type declarations.
declare module 'fast-levenshtein' {
  /** Levenshtein distance between two strings. */
  export function get(a: string, b: string, options?: { useCollator?: boolean }): number;
  const levenshtein: { get: typeof get };
  export default levenshtein;
}
