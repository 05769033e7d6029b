/**
 * HTML → plain text plus the metadata of its head. Chrome (navigation,
 * headers, footers, forms) and non-text (scripts, styles) are dropped; each
 * block element becomes its own paragraph, separated by a blank line, with
 * runs of spaces collapsed as a browser would render them.
 */
import { Parser } from 'htmlparser2';
import type { IngestWarning } from '../model/source-document';
import type { DocumentMetadata } from './document-metadata';
import { readMetadataFields } from './document-metadata';
import { toIsoDate } from './written-date';

export interface HtmlText {
  text: string;
  metadata: Partial<DocumentMetadata>;
  warnings: IngestWarning[];
}

/** Elements whose content is never document text. */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'aside',
  'audio',
  'button',
  'canvas',
  'footer',
  'form',
  'head',
  'header',
  'iframe',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'title',
  'video',
]);

/** Elements that start and end a paragraph. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Whitespace a browser collapses (no-break space included, so text downstream sees plain spaces). */
const COLLAPSIBLE_SPACE = /[\t\n\f\r \u00A0]+/g;

export function htmlToText(html: string): HtmlText {
  const body = createParagraphWriter();
  const head = createHeadReader();
  let droppedDepth = 0;
  let preDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        head.open(name, attributes);
        if (DROPPED_ELEMENTS.has(name)) droppedDepth += 1;
        if (droppedDepth > 0) return;
        if (name === 'br') body.lineBreak();
        else if (name === 'td' || name === 'th') body.append(' ', false);
        else if (BLOCK_ELEMENTS.has(name)) body.paragraphBreak();
        if (name === 'pre') preDepth += 1;
      },
      ontext(data) {
        head.text(data);
        if (droppedDepth === 0) body.append(data, preDepth > 0);
      },
      onclosetag(name) {
        head.close(name);
        if (DROPPED_ELEMENTS.has(name)) {
          droppedDepth = Math.max(0, droppedDepth - 1);
          return;
        }
        if (droppedDepth > 0) return;
        if (BLOCK_ELEMENTS.has(name)) body.paragraphBreak();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  const { metadata, warnings } = readMetadataFields(head.fields(), 'HTML metadata');
  return { text: body.finish(), metadata, warnings };
}

interface ParagraphWriter {
  append(text: string, preformatted: boolean): void;
  lineBreak(): void;
  paragraphBreak(): void;
  finish(): string;
}

function createParagraphWriter(): ParagraphWriter {
  const paragraphs: string[] = [];
  let lines: string[] = [''];
  let preformatted = false;

  const flush = (): void => {
    const paragraph = preformatted ? finishPreformatted(lines) : finishFlowing(lines);
    if (paragraph !== '') paragraphs.push(paragraph);
    lines = [''];
    preformatted = false;
  };

  return {
    append(text, pre) {
      if (pre && !preformatted) {
        if (lines.some((line) => line.trim() !== '')) flush();
        preformatted = true;
      }
      if (!pre) {
        lines[lines.length - 1] += text.replace(COLLAPSIBLE_SPACE, ' ');
        return;
      }
      const [first = '', ...rest] = text.split('\n');
      lines[lines.length - 1] += first;
      lines.push(...rest);
    },
    lineBreak() {
      lines.push('');
    },
    paragraphBreak: flush,
    finish() {
      flush();
      return paragraphs.join('\n\n');
    },
  };
}

function finishFlowing(lines: string[]): string {
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/ {2,}/g, ' ').trim();
    // One empty line between lines at most (<br><br> reads as a paragraph break).
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

function finishPreformatted(lines: string[]): string {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === '') first += 1;
  while (last >= first && lines[last]!.trim() === '') last -= 1;
  return lines
    .slice(first, last + 1)
    .map((line) => line.trimEnd())
    .join('\n');
}

interface HeadReader {
  open(name: string, attributes: Record<string, string>): void;
  text(data: string): void;
  close(name: string): void;
  fields(): Record<string, unknown>;
}

/** Collects title, canonical URL, site name, date and language, wherever in the page they are. */
function createHeadReader(): HeadReader {
  let title: string | null = null;
  let heading: string | null = null;
  let openGraphTitle: string | null = null;
  let canonical: string | null = null;
  let openGraphUrl: string | null = null;
  let siteName: string | null = null;
  const publishedTimes: string[] = [];
  const timeDates: string[] = [];
  let language: string | null = null;
  let titleBuffer: string | null = null;
  let headingBuffer: string | null = null;

  return {
    open(name, attributes) {
      if (name === 'html' && attributes['lang']) {
        language = attributes['lang'];
      } else if (name === 'title' && title === null) {
        titleBuffer = '';
      } else if (name === 'h1' && heading === null) {
        headingBuffer = '';
      } else if (name === 'link' && canonical === null) {
        const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical') && attributes['href']) canonical = attributes['href'];
      } else if (name === 'meta') {
        const key = (attributes['property'] ?? attributes['name'] ?? '').toLowerCase();
        const content = attributes['content'];
        if (content === undefined) return;
        if (key === 'og:url') openGraphUrl ??= content;
        else if (key === 'og:site_name') siteName ??= content;
        else if (key === 'og:title') openGraphTitle ??= content;
        else if (key === 'article:published_time') publishedTimes.push(content);
      } else if (name === 'time' && attributes['datetime']) {
        timeDates.push(attributes['datetime']);
      }
    },
    text(data) {
      if (titleBuffer !== null) titleBuffer += data;
      if (headingBuffer !== null) headingBuffer += data;
    },
    close(name) {
      if (name === 'title' && titleBuffer !== null) {
        title = titleBuffer.trim() || null;
        titleBuffer = null;
      } else if (name === 'h1' && headingBuffer !== null) {
        heading = headingBuffer.trim() || null;
        headingBuffer = null;
      }
    },
    fields() {
      const dates = [...publishedTimes, ...timeDates];
      return {
        title: title ?? openGraphTitle ?? heading,
        url: canonical ?? openGraphUrl,
        publisher: siteName,
        publishedAt: dates.find((date) => toIsoDate(date) !== null) ?? dates[0] ?? null,
        language,
      };
    },
  };
}
