/**
 * The Browser style and the commands Browser runs on connect: read the way Neo4j
 * Browser 5 reads them (its GraSS reader, its `;` splitting of post_connect_cmd).
 */
import { GrassError, parseGrass } from '../../../src/explore/grass';
import {
  DEFAULT_EXPLORE_URL,
  browserConfigurationLines,
  postConnectCommand,
  readGraphStyle,
} from '../../../src/explore/browser-settings';
import { renderTour, TourError, type SavedQuery } from '../../../src/explore/saved-queries';

describe('parseGrass', () => {
  test.each<[string, string, Record<string, Record<string, string>>]>([
    [
      'quotes are dropped, braces inside them kept',
      "node.Person {\n  color: #4C8EDA;\n  caption: '{name}';\n}",
      { 'node.Person': { color: '#4C8EDA', caption: '{name}' } },
    ],
    [
      'several properties in one caption',
      'node.Statement { caption: "{date} {text}" }',
      { 'node.Statement': { caption: '{date} {text}' } },
    ],
    [
      'relationship rules, the last declaration without ";"',
      "relationship { caption: '<type>' } relationship.SAID { shaft-width: 3px }",
      {
        relationship: { caption: '<type>' },
        'relationship.SAID': { 'shaft-width': '3px' },
      },
    ],
  ])('%s', (_, text, expected) => {
    expect(parseGrass(text)).toEqual(expected);
  });

  test.each<[string, string, RegExp]>([
    [
      'a value holding ":" (Browser drops it)',
      "node.Event { caption: '{kind}: {name}' }",
      /one "property: value" pair/,
    ],
    [
      'a comment (Browser has none)',
      '/* style */ node.Person { color: #fff }',
      /GraSS has no comments/,
    ],
    ['an unclosed block', 'node.Person { color: #fff', /ends inside the block/],
    ['an unknown selector', 'edge.SAID { color: #fff }', /Expected a selector/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseGrass(text)).toThrow(GrassError);
    expect(() => parseGrass(text)).toThrow(message);
  });
});

describe('browser/diplograph.grass', () => {
  const style = readGraphStyle();
  const labels = [
    'Person',
    'Country',
    'Organization',
    'Place',
    'Office',
    'Topic',
    'Event',
    'Statement',
    'Document',
  ];

  test.each(labels)('node.%s has a colour, a size and a caption of its own', (label) => {
    const rule = style[`node.${label}`];
    expect(rule).toBeDefined();
    expect(rule!.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(rule!.diameter).toMatch(/^\d+px$/);
    expect(rule!.caption).toMatch(/\{\w+\}/);
  });

  test('every label has its own colour', () => {
    const colours = labels.map((l) => style[`node.${l}`]!.color);
    expect(new Set(colours).size).toBe(labels.length);
  });

  test('captions: people and countries by name, statements by the caption the loader writes and their speech act, documents by their caption, events by name', () => {
    expect(style['node.Person']!.caption).toBe('{name}');
    expect(style['node.Country']!.caption).toBe('{name}');
    expect(style['node.Statement']!.caption).toBe('{act} · {caption}');
    expect(style['node.Event']!.caption).toBe('{name}');
    expect(style['node.Document']!.caption).toBe('{caption}');
  });

  test('no rule for :Entity, which every person, country, organisation and place also carries', () => {
    expect(style['node.Entity']).toBeUndefined();
  });

  test('relationships have captions', () => {
    const rules = Object.entries(style).filter(([sel]) => sel.startsWith('relationship.'));
    expect(rules.length).toBeGreaterThanOrEqual(15);
    for (const [, rule] of rules) expect(rule.caption).toBeTruthy();
    for (const type of ['REITERATES', 'RESPONDS_TO', 'CONTRADICTS'])
      expect(style[`relationship.${type}`]!.caption).toBe(`${type} {score}`);
    expect(style['relationship.ADDRESSED_TO']!.caption).toBe('<type>');
    expect(style['relationship.ECHOES']).toBeUndefined();
  });

  test('the three statement links each have a colour of their own', () => {
    const colours = ['REITERATES', 'RESPONDS_TO', 'CONTRADICTS'].map(
      (t) => style[`relationship.${t}`]!.color,
    );
    expect(new Set(colours).size).toBe(3);
  });
});

/** Neo4j Browser 5's own splitting of browser.post_connect_cmd (quoted `;` are kept). */
function splitLikeBrowser(value: string): string[] {
  let protectedValue = value;
  for (const quoted of [/(`[^`]*`)/g, /("[^"]*")/g, /('[^']*')/g])
    protectedValue = protectedValue.replace(quoted, (m) => m.replace(/;/g, '@@semicolon@@'));
  return protectedValue
    .split(';')
    .map((c) => c.trim().replace(/@@semicolon@@/g, ';'))
    .filter(Boolean);
}

describe('browser.post_connect_cmd', () => {
  test('applies the style inline, then plays the tour', () => {
    const style = readGraphStyle();
    const commands = splitLikeBrowser(postConnectCommand(style));
    expect(commands).toHaveLength(2);
    expect(commands[0]!.startsWith('style {')).toBe(true);
    expect(JSON.parse(commands[0]!.slice('style '.length))).toEqual(style);
    expect(commands[1]).toBe(`play ${DEFAULT_EXPLORE_URL}/tour.html`);
  });

  test('without a style, only the tour', () => {
    expect(postConnectCommand(null, 'http://localhost:4100/explore')).toBe(
      'play http://localhost:4100/explore/tour.html',
    );
  });

  test('neo4j.conf lines: one line each, telemetry off', () => {
    const lines = browserConfigurationLines();
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    expect(lines[0]).toMatch(/^browser\.post_connect_cmd=style \{/);
    expect(lines).toContain('client.allow_telemetry=false');
  });
});

describe('renderTour', () => {
  const queries = new Map<string, SavedQuery>([
    [
      'who-said',
      {
        name: 'who-said',
        source:
          "// Who said what.\n// In Browser: :params {speaker: 'Sergei Lavrov'}\nMATCH (p)-[:SAID]->(s) WHERE p.name = $speaker RETURN s\n",
        params: ":params {speaker: 'Sergei Lavrov'}",
      },
    ],
    ['bare', { name: 'bare', source: 'RETURN 1', params: null }],
  ]);

  test('fills the url, the :params line and the query, HTML-escaped', () => {
    const html = renderTour(
      '<pre>{{params who-said}}</pre><pre>{{query who-said}}</pre><code>{{url}}/x</code>',
      queries,
      'http://localhost:4000/explore',
    );
    expect(html).toBe(
      "<pre>:params {speaker: 'Sergei Lavrov'}</pre>" +
        "<pre>// Who said what.\n// In Browser: :params {speaker: 'Sergei Lavrov'}\nMATCH (p)-[:SAID]-&gt;(s) WHERE p.name = $speaker RETURN s</pre>" +
        '<code>http://localhost:4000/explore/x</code>',
    );
  });

  test.each([
    ['{{query nope}}', /no cypher\/queries\/nope\.cypher/],
    ['{{params bare}}', /has no "\/\/ In Browser: :params/],
  ])('%s is an error', (template, message) => {
    expect(() => renderTour(template, queries, '')).toThrow(TourError);
    expect(() => renderTour(template, queries, '')).toThrow(message);
  });
});
