import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../../src/report/escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can change HTML structure', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('roll back A-2 → A-1: 99.39% < 99.5%')).toBe('roll back A-2 → A-1: 99.39% &lt; 99.5%');
  });
});

describe('jsonForScript', () => {
  const nasty = {
    a: '</script><script>alert(1)</script>',
    b: '<!-- x -->',
    c: 'A & B > C',
    d: 'line\u2028sep\u2029para',
    e: '</SCRIPT >',
  };

  it('has no character that could end or confuse a script element', () => {
    const text = jsonForScript(nasty);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(nasty))).toEqual(nasty);
    expect(JSON.parse(jsonForScript([1.5, null, 'x']))).toEqual([1.5, null, 'x']);
  });
});
