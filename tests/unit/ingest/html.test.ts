import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../../../src/ingest/html';

const FIXTURES = join(__dirname, '../../fixtures/ingest');

describe('htmlToText', () => {
  test.each<[string, string, string]>([
    ['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['runs of spaces collapse', '<p>  a \n\t b   c  </p>', 'a b c'],
    ['inline elements stay inline', '<p>Mr <b>Lavrov</b><i>’s</i> words</p>', 'Mr Lavrov’s words'],
    [
      'entities are decoded',
      '<p>AT&amp;T &ldquo;q&rdquo; &#8211; &#x41;&nbsp;b</p>',
      'AT&T “q” – A b',
    ],
    ['br is a line break', '<p>one<br>two<br/>three</p>', 'one\ntwo\nthree'],
    ['double br is a paragraph break', '<p>one<br><br><br>two</p>', 'one\n\ntwo'],
    ['list items are paragraphs', '<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['headings are paragraphs', '<h2>Head</h2>text', 'Head\n\ntext'],
    [
      'table cells are spaced, rows are paragraphs',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
      'a b\n\nc',
    ],
    [
      'pre keeps its lines and spaces',
      '<p>x</p><pre>  a  b\n  c\n</pre><p>y</p>',
      'x\n\n  a  b\n  c\n\ny',
    ],
    ['text without any element', 'just text', 'just text'],
    ['unclosed tags', '<div><p>one<p>two', 'one\n\ntwo'],
    ['comments are dropped', '<p>a<!-- hidden -->b</p>', 'ab'],
    [
      'script, style, noscript, template are dropped',
      '<p>a</p><script>x()</script><style>p{}</style><noscript>n</noscript><template><p>t</p></template><p>b</p>',
      'a\n\nb',
    ],
    [
      'nav, header, footer, aside, form are dropped',
      '<header>h</header><nav>n</nav><main><p>body</p></main><aside>a</aside><form><label>f</label></form><footer>f</footer>',
      'body',
    ],
    ['nested dropped elements', '<nav><div><nav>x</nav>y</div></nav><p>z</p>', 'z'],
    ['the head is not text', '<html><head><title>T</title></head><body>b</body></html>', 'b'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });

  test.each<[string, string, Record<string, string>]>([
    ['title from <title>', '<title> A &amp;  B </title><h1>H</h1>', { title: 'A & B' }],
    [
      'title from og:title when no <title>',
      '<meta property="og:title" content="OG"><h1>H</h1>',
      { title: 'OG' },
    ],
    [
      'title from <h1> otherwise, even inside a header',
      '<header><h1>Head <em>line</em></h1></header>',
      { title: 'Head line' },
    ],
    [
      'url from canonical before og:url',
      '<meta property="og:url" content="https://e.org/og"><link rel="canonical" href="https://e.org/c">',
      { url: 'https://e.org/c' },
    ],
    [
      'url from og:url',
      '<meta property="og:url" content="https://e.org/og">',
      { url: 'https://e.org/og' },
    ],
    [
      'publisher from og:site_name',
      '<meta property="og:site_name" content="Interfax">',
      { publisher: 'Interfax' },
    ],
    [
      'date from article:published_time before <time>',
      '<time datetime="2020-01-01">x</time><meta property="article:published_time" content="2021-05-17T10:00:00Z">',
      { publishedAt: '2021-05-17' },
    ],
    [
      'date from <time datetime>',
      '<p><time datetime="2021-05-17T23:00:00-04:00">May 17</time></p>',
      { publishedAt: '2021-05-17' },
    ],
    ['language from <html lang>', '<html lang="fr-FR"><body>x</body></html>', { language: 'fr' }],
  ])('reads %s', (_name, html, metadata) => {
    expect(htmlToText(html).metadata).toEqual(metadata);
  });

  test('reads a whole page: drops scripts, styles and chrome, keeps the article', () => {
    const { text, metadata, warnings } = htmlToText(
      readFileSync(join(FIXTURES, 'page.html'), 'utf8'),
    );
    expect(text).toBe(
      [
        'Lavrov and Blinken to meet',
        '(Interfax – Moscow, May 17, 2021)',
        'Russia will judge US calls for normalisation not by words but by deeds, Lavrov said.',
        '“We want to look at those areas,” he said.\nSecond line.',
        'First point',
        'Second point',
      ].join('\n\n'),
    );
    expect(text).not.toMatch(/tracking|nor me|Home|Related|Search|©|Enable JavaScript|color/);
    expect(metadata).toEqual({
      title: 'Lavrov & Blinken to meet in Reykjavik',
      url: 'https://example.org/news/lavrov-blinken',
      publisher: 'Example News',
      publishedAt: '2021-05-17',
      language: 'en',
    });
    expect(warnings).toEqual([]);
  });

  test('warns METADATA_INVALID for a date that is not one', () => {
    const { metadata, warnings } = htmlToText('<time datetime="soon">x</time>');
    expect(metadata).toEqual({});
    expect(warnings.map((w) => w.code)).toEqual(['METADATA_INVALID']);
  });
});
