import { IngestError, isIngestError } from '../../../src/ingest/ingest-error';

describe('IngestError', () => {
  test('names the source, the reason and the fix, and keeps the cause', () => {
    const cause = new Error('ENOENT');
    const error = new IngestError('INPUT_NOT_FOUND', {
      source: 'docs/a.txt',
      reason: 'no such file or directory',
      fix: 'Check the path.',
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(isIngestError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'IngestError',
      code: 'INPUT_NOT_FOUND',
      source: 'docs/a.txt',
      cause,
    });
    expect(error.message).toBe('docs/a.txt: no such file or directory. Check the path.');
  });

  test('names stdin when there is no source', () => {
    const error = new IngestError('EMPTY_DOCUMENT', { source: null, reason: 'empty', fix: 'Fix.' });
    expect(error.source).toBe('<stdin>');
    expect(error.message).toBe('<stdin>: empty. Fix.');
  });

  test('isIngestError is false for other errors', () => {
    expect(isIngestError(new Error('x'))).toBe(false);
    expect(isIngestError({ code: 'EMPTY_DOCUMENT' })).toBe(false);
  });
});
