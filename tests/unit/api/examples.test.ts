import fs from 'node:fs';
import path from 'node:path';
import { EXAMPLE_QUERIES, REVIEW_EXAMPLES } from '../../../src/api/examples';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

test.each([...EXAMPLE_QUERIES, ...REVIEW_EXAMPLES].map((e) => [e.title, e.query]))(
  'the README shows the GraphiQL example "%s" verbatim',
  (_title, query) => {
    expect(readme).toContain(query);
  },
);
