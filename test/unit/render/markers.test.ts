/**
 * Hidden markers: the exact strings of the shared plan, read back from bodies people and other
 * tools may have edited, and nothing read from garbage.
 */
import { describe, expect, it } from 'vitest';
import {
  dailyMarker,
  dashboardMarker,
  hasVerdictMarker,
  parseDailyMarker,
  parseDashboardMarker,
  parseProposalMarker,
  parseRcaMarker,
  proposalMarker,
  rcaMarker,
  verdictMarker,
} from '../../../src/render/markers.js';

describe('the marker strings', () => {
  it('are exactly the plan’s', () => {
    expect(proposalMarker({ rollout: 'autosave', kind: 'advance', from: 'A-0', to: 'A-1' })).toBe(
      '<!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":"A-0","to":"A-1"} -->',
    );
    expect(verdictMarker('autosave')).toBe('<!-- phasegate:verdict autosave -->');
    expect(dashboardMarker('autosave', { lastDaily: '2026-11-20' })).toBe(
      '<!-- phasegate:dashboard autosave {"lastDaily":"2026-11-20"} -->',
    );
    expect(dailyMarker('autosave', '2026-11-20')).toBe('<!-- phasegate:daily autosave 2026-11-20 -->');
    expect(rcaMarker('autosave', 42)).toBe('<!-- phasegate:rca autosave 42 -->');
  });

  it('refuse values that could break out of the comment', () => {
    expect(() => verdictMarker('a -->')).toThrow(/marker rollout "a -->" must be letters/);
    expect(() => dailyMarker('autosave', '20 Nov')).toThrow(/YYYY-MM-DD/);
    expect(() => rcaMarker('autosave', 0)).toThrow(/positive integer/);
    // JSON state cannot close the comment early either.
    const odd = proposalMarker({ rollout: 'x', kind: 'advance', from: 'a-->b', to: '<!--' });
    expect(odd.indexOf('-->')).toBe(odd.length - 3);
  });
});

describe('reading markers back', () => {
  const body = (marker: string) => `Some text\r\n\r\n${marker}\r\n\r\n| a | b |\n`;

  it('round-trips the proposal state from anywhere in a body', () => {
    for (const kind of ['advance', 'rollback', 'restart'] as const) {
      const state = { rollout: 'autosave', kind, from: 'A-1', to: 'A-0' };
      expect(parseProposalMarker(body(proposalMarker(state)))).toEqual(state);
    }
  });

  it('reads nothing from garbage proposal markers', () => {
    const bad = [
      null,
      undefined,
      '',
      'no marker here',
      '<!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":"A-0"} -->',
      '<!-- phasegate:proposal {"rollout":"autosave","kind":"deploy","from":"A-0","to":"A-1"} -->',
      '<!-- phasegate:proposal {"rollout":"autosave","kind":"advance","from":1,"to":"A-1"} -->',
      '<!-- phasegate:proposal {"rollout":"a b","kind":"advance","from":"A-0","to":"A-1"} -->',
      '<!-- phasegate:proposal {rollout: autosave} -->',
      '<!-- phasegate:proposal ["autosave","advance"] -->',
      '<!-- phasegate:proposal {"rollout":"autosave",\n"kind":"advance","from":"A-0","to":"A-1"} -->',
    ];
    for (const b of bad) expect(parseProposalMarker(b), String(b)).toBeNull();
  });

  it('skips a broken proposal marker and reads the next good one', () => {
    const good = proposalMarker({ rollout: 'autosave', kind: 'rollback', from: 'A-2', to: 'A-1' });
    expect(parseProposalMarker(`<!-- phasegate:proposal {"oops" -->\n${good}`)).toMatchObject({ to: 'A-1' });
  });

  it('finds the verdict marker of this rollout only', () => {
    expect(hasVerdictMarker(body(verdictMarker('autosave')), 'autosave')).toBe(true);
    expect(hasVerdictMarker(body(verdictMarker('autosave-2')), 'autosave')).toBe(false);
    expect(hasVerdictMarker(null, 'autosave')).toBe(false);
  });

  it('round-trips the dashboard state, tolerating a damaged state', () => {
    expect(
      parseDashboardMarker(body(dashboardMarker('autosave', { lastDaily: '2026-11-20' })), 'autosave'),
    ).toEqual({
      lastDaily: '2026-11-20',
      lastAlert: null,
    });
    expect(parseDashboardMarker(dashboardMarker('autosave', { lastDaily: null }), 'autosave')).toEqual({
      lastDaily: null,
      lastAlert: null,
    });
    const both = { lastDaily: '2026-11-20', lastAlert: '2026-11-21' };
    expect(parseDashboardMarker(dashboardMarker('autosave', both), 'autosave')).toEqual(both);
    // Ours, but the state is unreadable: post the daily comment again rather than never.
    for (const damaged of [
      '<!-- phasegate:dashboard autosave {"lastDaily":"yesterday"} -->',
      '<!-- phasegate:dashboard autosave {lastDaily -->',
      '<!-- phasegate:dashboard autosave -->',
    ]) {
      expect(parseDashboardMarker(damaged, 'autosave'), damaged).toEqual({
        lastDaily: null,
        lastAlert: null,
      });
    }
    // Not ours.
    expect(
      parseDashboardMarker(dashboardMarker('autosave-2', { lastDaily: '2026-11-20' }), 'autosave'),
    ).toBeNull();
    expect(parseDashboardMarker('<!-- phasegate:dashboard autosave', 'autosave')).toBeNull();
    expect(parseDashboardMarker(undefined, 'autosave')).toBeNull();
  });

  it('round-trips daily and RCA markers, and reads nothing from garbage', () => {
    expect(parseDailyMarker(body(dailyMarker('autosave', '2026-11-20')))).toEqual({
      rollout: 'autosave',
      date: '2026-11-20',
    });
    expect(parseRcaMarker(body(rcaMarker('autosave', 17)))).toEqual({ rollout: 'autosave', id: '17' });
    expect(parseRcaMarker(rcaMarker('autosave', 'A-1.A-0.20261117T1107Z'))).toEqual({
      rollout: 'autosave',
      id: 'A-1.A-0.20261117T1107Z',
    });
    expect(parseDailyMarker('<!-- phasegate:daily autosave 2026-11 -->')).toBeNull();
    expect(parseRcaMarker('<!-- phasegate:rca autosave 0 -->')).toBeNull();
    expect(parseRcaMarker('<!-- phasegate:rca autosave #17 -->')).toBeNull();
    expect(parseRcaMarker(null)).toBeNull();
  });
});
