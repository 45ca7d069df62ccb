/**
 * The digits of base 36 by value, `0`–`9` then `a`–`z` (its first 16 are the hex digits), as
 * one-character strings in an array. Reading a character of a string, or its `length`, makes
 * k6's runtime build its String wrapper and prototype in that VU (about 2 KB in each VU);
 * reading an array element builds nothing. So the hot path spells numbers from this table.
 */
export const DIGITS: readonly string[] = [
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
  'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
];
