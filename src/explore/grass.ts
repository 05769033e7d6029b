/**
 * GraSS, Neo4j Browser's graph style sheet (`browser/diplograph.grass`): read the
 * way Browser 5 reads it, so what the tests check is what Browser applies.
 *
 * Browser's reader is small and strict: no comments; quotes are dropped but keep
 * braces inside them (`caption: '{name}'` is the template `{name}`); a declaration
 * holding a second `:` is silently ignored. `parseGrass` follows the same rules and
 * reports what Browser would drop instead of dropping it.
 */

/** Selector (`node.Person`, `relationship.SAID`) → property → value. */
export type GraphStyle = Record<string, Record<string, string>>;

export class GrassError extends Error {
  readonly code = 'GRASS_INVALID';
}

export function parseGrass(text: string): GraphStyle {
  const blocks: [string, string][] = [];
  let inQuote = false;
  let inBlock = false;
  let selector = '';
  let body = '';
  for (const ch of text) {
    if ((ch === "'" || ch === '"') && inBlock) {
      inQuote = !inQuote;
      continue;
    }
    if (!inQuote && ch === '{' && !inBlock) {
      inBlock = true;
      continue;
    }
    if (!inQuote && ch === '}' && inBlock) {
      blocks.push([selector, body]);
      inBlock = false;
      selector = '';
      body = '';
      continue;
    }
    if (inBlock) body += ch;
    else if (!/\s/.test(ch)) selector += ch;
  }
  if (inBlock || inQuote || selector !== '')
    throw new GrassError(
      `The style sheet ends inside ${inQuote ? 'a quoted value' : inBlock ? `the block of "${selector}"` : `the selector "${selector}"`}; expected every block closed by "}".`,
    );
  const style: GraphStyle = {};
  for (const [sel, declarations] of blocks) {
    if (!/^(?:node|relationship)(?:\.\w+)?$/.test(sel))
      throw new GrassError(
        `Expected a selector such as node.Person or relationship.SAID; found "${sel}" (GraSS has no comments).`,
      );
    const props: Record<string, string> = {};
    for (const declaration of declarations.split(';')) {
      if (declaration.trim() === '') continue;
      const parts = declaration.split(':');
      if (parts.length !== 2)
        throw new GrassError(
          `In "${sel}", "${declaration.trim()}" is not one "property: value" pair; Neo4j Browser would ignore it (a value may not contain ":").`,
        );
      props[parts[0]!.trim()] = parts[1]!.trim();
    }
    style[sel] = props;
  }
  return style;
}
