import { describe, expect, it } from 'vitest';
import { currentView, parseComplaintSearchParams, serializeComplaintQuery, viewFilters } from './complaint-search-params';

describe('complaint queue view in the URL', () => {
  it("reads the contract's query names, dropping what it does not know", () => {
    const query = parseComplaintSearchParams(new URLSearchParams('status=new&status=bogus&assignee=me&assignee=x&band=overdue&escalated=true&category=cookies&sort=-receivedOn&page=2&q=%20CMP-2026%20'));
    expect(query).toEqual({ page: 2, pageSize: 25, sort: '-receivedOn', q: 'CMP-2026', status: ['new'], category: ['cookies'], band: ['overdue'], assignee: ['me'], escalated: true });
    expect(parseComplaintSearchParams(new URLSearchParams('escalated=yes&sort=summary'))).toEqual({ page: 1, pageSize: 25, sort: 'responseDueOn' });
  });

  it('writes the same view back, leaving out defaults', () => {
    const url = 'status=new&status=in_progress&assignee=none&escalated=false&sort=-receivedOn&page=3';
    expect(serializeComplaintQuery(parseComplaintSearchParams(new URLSearchParams(url))).toString()).toBe(url);
  });

  it("recognises support's views, whatever else is filtered, and none when the filters differ", () => {
    for (const view of ['open', 'mine', 'unassigned', 'due_soon', 'all'] as const) {
      expect(currentView({ ...viewFilters(view), category: ['marketing'] })).toBe(view);
    }
    expect(currentView({ assignee: ['me'] })).toBeNull();
    expect(currentView({ status: ['new', 'in_progress', 'waiting_for_person'], assignee: ['none'] })).toBe('unassigned');
  });
});
