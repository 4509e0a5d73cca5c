import { describe, expect, it } from 'vitest';
import { allowedDecisions, recordablePurposes, type PurposeConsent } from './consent-change';
import { parseHistoryView, serializeHistoryView } from './history-view';

const consent = (purpose: PurposeConsent['purpose'], state: PurposeConsent['state']): PurposeConsent => ({ purpose, state, since: null, policyVersion: null, expiresOn: null });

describe('allowedDecisions', () => {
  it('withdraws only what is granted and grants what is not', () => {
    expect(allowedDecisions(consent('marketing_email', 'granted'))).toEqual(['withdrawn']);
    for (const state of ['refused', 'withdrawn', 'expired', 'not_asked'] as const) expect(allowedDecisions(consent('marketing_phone', state))).toEqual(['granted']);
  });

  it('lets a granted cookie consent be renewed, and records nothing for strictly necessary cookies', () => {
    expect(allowedDecisions(consent('cookies_targeting', 'granted'))).toEqual(['withdrawn', 'granted']);
    expect(allowedDecisions(consent('cookies_necessary', 'not_required'))).toEqual([]);
    expect(recordablePurposes([consent('cookies_necessary', 'not_required'), consent('marketing_post', 'refused')]).map((item) => item.purpose)).toEqual(['marketing_post']);
  });
});

describe('the history view in the URL', () => {
  it('round-trips purposes, order and page, and drops what it does not know', () => {
    const view = parseHistoryView(new URLSearchParams('purpose=cookies_analytics&purpose=nonsense&order=oldest&page=3'));
    expect(view).toEqual({ page: 3, pageSize: 10, sort: 'occurredAt', purpose: ['cookies_analytics'] });
    expect(serializeHistoryView(view).toString()).toBe('purpose=cookies_analytics&order=oldest&page=3');
    expect(parseHistoryView(new URLSearchParams('order=sideways'))).toEqual({ page: 1, pageSize: 10, sort: '-occurredAt' });
  });
});
