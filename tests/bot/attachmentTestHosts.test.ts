import { expect, test } from 'vitest';
import { discordAttachmentReader, readAttachmentTestHosts } from '../../src/bot/attachments.js';

// ATTACHMENT_TEST_HOSTS lets a spawned bot (a shard) fetch a test's local file server; it must never be able to
// point a bot at any other host.
const read = (value: string | undefined) => readAttachmentTestHosts({ ATTACHMENT_TEST_HOSTS: value });

test('unset or empty: no extra hosts', () => {
  expect(readAttachmentTestHosts({})).toEqual([]);
  expect(read('')).toEqual([]);
  expect(read(' , ')).toEqual([]);
});

test('loopback hosts are accepted (127.0.0.0/8, ::1, localhost), trimmed and lower-cased', () => {
  expect(read('127.0.0.1')).toEqual(['127.0.0.1']);
  expect(read(' 127.0.0.1 , 127.255.3.4,LOCALHOST, ::1, [::1] ')).toEqual([
    '127.0.0.1',
    '127.255.3.4',
    'localhost',
    '[::1]',
    '[::1]',
  ]);
  // What a URL's hostname holds is what the download check compares: the loopback forms pass it.
  expect(() =>
    discordAttachmentReader({ maxBytes: 10, timeoutMs: 10, extraHosts: read('127.0.0.2,::1') }),
  ).not.toThrow();
});

test('any other host makes start-up fail with one line naming the variable', () => {
  for (const bad of [
    'cdn.example.com',
    '127.0.0.1,evil.example',
    '10.0.0.1',
    '0.0.0.0',
    '128.0.0.1',
    '127.0.0.1.nip.io',
    'localhost.example.com',
    '127.1',
    '::ffff:127.0.0.1',
    '::2',
    '169.254.169.254',
    'http://127.0.0.1',
    '127.0.0.1:8080',
    '*',
  ]) {
    expect(() => read(bad), bad).toThrow(/^ATTACHMENT_TEST_HOSTS is for tests only .*loopback/);
    try {
      read(bad);
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(1);
    }
  }
});

test('the reader itself refuses a non-loopback extra host, however it was configured', () => {
  expect(() =>
    discordAttachmentReader({ maxBytes: 10, timeoutMs: 10, extraHosts: ['cdn.example.com'] }),
  ).toThrow(/not loopback/);
});
