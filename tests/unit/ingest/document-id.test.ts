import { identifyDocument, sha256Hex } from '../../../src/ingest/document-id';

describe('identifyDocument', () => {
  test.each<[string, string]>([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %p with sha256', (text, sha256) => {
    expect(sha256Hex(text)).toBe(sha256);
    expect(identifyDocument(text)).toEqual({ id: `doc:${sha256.slice(0, 16)}`, sha256 });
  });

  test('hashes the UTF-8 bytes of the text', () => {
    expect(sha256Hex('Café')).toBe(sha256Hex(Buffer.from('Café', 'utf8').toString('utf8')));
    expect(sha256Hex('Café')).not.toBe(sha256Hex('Cafe'));
  });

  test('gives ids of the form doc:<16 hex digits>', () => {
    expect(identifyDocument('(Interfax – Moscow, May 17, 2021)').id).toMatch(/^doc:[0-9a-f]{16}$/);
  });
});
