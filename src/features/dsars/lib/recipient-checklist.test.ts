import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/types';
import { changedRecipients, fromRows, noticeState, rowErrors, toRows } from './recipient-checklist';

const item = (name: string, sentOn: string | null, confirmedOn: string | null): Schemas['RecipientNotification'] => ({
  recipientId: `00000000-0000-4000-8000-00000000000${name.length}`,
  name,
  category: 'email_delivery',
  role: 'processor',
  dataCategories: ['account'],
  basis: 'processor',
  sentOn,
  confirmedOn,
});
const list = (...items: Schemas['RecipientNotification'][]): Schemas['RecipientNotificationList'] => ({ applicable: true, items, sent: 0, confirmed: 0, version: 1 });

describe('the Art. 19 checklist form', () => {
  it('turns missing dates into empty inputs and back into nulls', () => {
    const rows = toRows(list(item('Mail', '2026-11-20', null)));
    expect(rows[0]).toMatchObject({ sentOn: '2026-11-20', confirmedOn: '' });
    expect(fromRows(rows)[0]).toMatchObject({ sentOn: '2026-11-20', confirmedOn: null });
  });

  it('says where each recipient stands', () => {
    expect(noticeState({ sentOn: null, confirmedOn: null })).toBe('not_sent');
    expect(noticeState({ sentOn: '2026-11-20', confirmedOn: null })).toBe('awaiting_confirmation');
    expect(noticeState({ sentOn: '2026-11-20', confirmedOn: '2026-11-21' })).toBe('confirmed');
  });

  it('refuses a confirmation without a sending date or before it', () => {
    const row = (sentOn: string, confirmedOn: string) => rowErrors({ recipientId: 'x', sentOn, confirmedOn });
    expect(row('', '2026-11-21')).toEqual({ confirmedOn: 'requires_sent' });
    expect(row('2026-11-22', '2026-11-21')).toEqual({ confirmedOn: 'before_sent' });
    expect(row('2026-11-22', '2026-11-22')).toEqual({});
    expect(row('2026-11-22', '')).toEqual({});
  });

  it('names the recipients a colleague changed', () => {
    const before = list(item('Mail', null, null), item('Payments', '2026-11-20', null));
    const after = list(item('Mail', '2026-11-25', null), item('Payments', '2026-11-20', null));
    expect(changedRecipients(before, after)).toEqual(['Mail']);
  });
});
