import { describe, expect, it } from 'vitest';
import { renderNotCovered } from '../../src/render/answer.js';

describe('renderNotCovered', () => {
  it('says why the article does not answer, with suggestions, and pings nobody', () => {
    const reply = renderNotCovered({
      question: 'what is the weather @everyone',
      reason: 'The article says nothing about “weather”.',
      suggestions: ['An austere birthday'],
    });
    const description = reply.embeds?.[0]?.description ?? '';
    expect(description).toContain('The article says nothing about “weather”.');
    expect(description).toContain('An austere birthday');
    expect(description).not.toMatch(/@everyone/);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });
});
