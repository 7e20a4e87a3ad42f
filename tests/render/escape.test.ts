import { describe, expect, test } from 'vitest';
import { escapeText, unescapeText } from '../../src/render/escape.js';
import { highlight } from '../../src/render/highlight.js';

describe('escapeText', () => {
  test('Markdown in article text is shown literally', () => {
    expect(escapeText('a *b* _c_ ~~d~~ `e` ||f|| [g](h)')).toBe(
      'a \\*b\\* \\_c\\_ \\~\\~d\\~\\~ \\`e\\` \\|\\|f\\|\\| \\[g\\](h)',
    );
    expect(escapeText('# Title\n> quote\n- item\n1. first')).toBe(
      '\\# Title\n\\> quote\n\\- item\n1\\. first',
    );
  });

  test('mentions cannot ping or link', () => {
    const out = escapeText('@everyone @here <@123> <@&456> <#789> </cmd:1>');
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@&|<#|<\//);
    expect(unescapeText(out)).toBe('@everyone @here <@123> <@&456> <#789> </cmd:1>');
  });

  test('unescapeText restores what escapeText changed', () => {
    const text = 'Stoltenberg said *"urgent"* — 1. _first_ [x] @here';
    expect(unescapeText(escapeText(text))).toBe(text);
  });
});

describe('highlight', () => {
  test('bolds whole words case-insensitively and merges neighbours into one run', () => {
    expect(highlight('NATO was founded in 1949.', ['founded', '1949', 'nato'])).toBe(
      '**NATO** was **founded** in **1949**.',
    );
    expect(highlight('air defense systems', ['air', 'defense'])).toBe('**air defense** systems');
    expect(highlight('Patriots and Patriot', ['Patriot'])).toBe('Patriots and **Patriot**');
  });

  test('escapes around and inside highlights', () => {
    expect(highlight('a *star* @everyone', ['star'])).toBe('a \\***star**\\* @\u200deveryone');
  });
});
