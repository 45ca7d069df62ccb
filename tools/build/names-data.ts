/**
 * The name data the VUs draw from, generated at build time so faker never runs inside k6.
 * Seeded: the same faker version gives the same bytes on every machine.
 */
import { faker } from '@faker-js/faker';
import { SLUG_MAX_LENGTH, slugify } from '../../lib/row-names.ts';

/** How many distinct name slugs the bundle ships. */
const NAME_COUNT = 1000;

const SEED = 4000;

/**
 * `NAME_COUNT` distinct lowercase slugs of realistic full names, in a fixed order, each cut to
 * `SLUG_MAX_LENGTH` here so a VU composing a name never measures one (lib/row-names.ts).
 */
export function generateNameSlugs(): string[] {
  faker.seed(SEED);
  const slugs = new Set<string>();
  while (slugs.size < NAME_COUNT) {
    const slug = slugify(faker.person.fullName()).slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
    if (slug) slugs.add(slug);
  }
  return [...slugs];
}

/** The content of `dist/data/names.json`: one slug per line, for readable diffs. */
export function namesJson(): string {
  return `[\n${generateNameSlugs().map((slug) => `  ${JSON.stringify(slug)}`).join(',\n')}\n]\n`;
}
