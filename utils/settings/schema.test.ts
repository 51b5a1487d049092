import { describe, expect, it } from 'vitest';
import { checkUserRule, parseUserRules } from '@/utils/settings/schema';

const draft = (change: Partial<Record<'host' | 'param', string>>) => ({
  host: 'go.example.com',
  pathPrefix: '/out',
  param: 'to',
  encoding: 'url',
  ...change,
});

describe('a user rule’s host', () => {
  it.each(['com', 'co.uk', 'github.io', 'COM', 'blogspot.com', 'localhost', '127.0.0.1', 'cn'])(
    'refuses %s: a public suffix (or no site at all) would cover every site under it',
    (host) => {
      expect(checkUserRule(draft({ host }))).toEqual({
        ok: false,
        fields: ['host'],
        reasons: ['ruleInvalid_publicSuffix'],
      });
      expect(parseUserRules([draft({ host })])).toEqual([]);
    },
  );

  it.each(['example.com', 'go.example.com', 'alice.github.io', 'shop.example.co.uk', 'a.example'])(
    'takes %s, a registrable domain or below one',
    (host) => {
      expect(checkUserRule(draft({ host })).ok).toBe(true);
    },
  );

  it('says only that a malformed host is malformed', () => {
    expect(checkUserRule(draft({ host: '.*\\.evil' }))).toMatchObject({ reasons: ['ruleInvalid_host'] });
  });
});

describe('a user rule’s parameter', () => {
  it.each(['redirect_uri', 'RelayState', 'returnUrl', 'next', 'continue', 'service', 'callback'])(
    'refuses %s, where a login returns to',
    (param) => {
      expect(checkUserRule(draft({ param }))).toEqual({
        ok: false,
        fields: ['param'],
        reasons: ['ruleInvalid_loginParam'],
      });
      expect(parseUserRules([draft({ param }), draft({})])).toEqual([draft({})]);
    },
  );
});
