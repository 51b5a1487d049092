import { describe, expect, it } from 'vitest';
import { encodedHostPath, mediaHostPath } from './host-path';

describe('an address written without its scheme', () => {
  it.each([
    ['example.org%2Fa%3Fb%3D1', 'https://example.org/a?b=1'],
    ['www.example.co.uk%2Fnews%2F1', 'https://www.example.co.uk/news/1'],
  ])('is read from the encoded segment %s', (segment, url) => {
    expect(encodedHostPath(segment)).toBe(url);
  });

  it.each([
    ['a segment without an encoded slash', 'example.org'],
    ['a file name before the slash', 'report.pdf%2Fpage'],
    ['a made-up top-level domain', 'redirect.mp3%2Fa'],
    ['a malformed escape', 'example.org%2F%E0%A4%A'],
  ])('is not read from %s', (_, segment) => {
    expect(encodedHostPath(segment)).toBeNull();
  });

  it.each([
    [['', 'pts', 'redirect.mp3', 'example.org', 'ep', 'a.mp3'], 'https://example.org/ep/a.mp3'],
    [['', 'track', 'ABC12', 'traffic.example.com', 'a.m4a'], 'https://traffic.example.com/a.m4a'],
  ])('is read after a podcast prefix from %j', (segments, url) => {
    expect(mediaHostPath(segments)).toBe(url);
  });

  it.each([
    ['a path that ends in no media file', ['', 'e', 'example.org', 'index.html']],
    ['a version before a media file', ['', 'docs', 'v1.2', 'a.mp3']],
    ['a media file that is the host itself', ['', 'e', 'example.mp3']],
  ])('is not read after %s', (_, segments) => {
    expect(mediaHostPath(segments)).toBeNull();
  });
});
