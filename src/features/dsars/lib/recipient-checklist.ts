import type { Schemas } from '@/api/types';

type Checklist = Schemas['RecipientNotificationList'];
type Notification = Schemas['RecipientNotification'];

/** The form's values: a date input holds '' for "no date". */
export interface ChecklistRow {
  recipientId: string;
  sentOn: string;
  confirmedOn: string;
}

export function toRows(checklist: Checklist): ChecklistRow[] {
  return checklist.items.map((item) => ({ recipientId: item.recipientId, sentOn: item.sentOn ?? '', confirmedOn: item.confirmedOn ?? '' }));
}

export function fromRows(rows: readonly ChecklistRow[]): Schemas['RecipientNotificationUpdate']['items'] {
  return rows.map((row) => ({ recipientId: row.recipientId, sentOn: row.sentOn || null, confirmedOn: row.confirmedOn || null }));
}

export type NoticeState = 'not_sent' | 'awaiting_confirmation' | 'confirmed';

export function noticeState(item: Pick<Notification, 'sentOn' | 'confirmedOn'>): NoticeState {
  if (item.confirmedOn) return 'confirmed';
  return item.sentOn ? 'awaiting_confirmation' : 'not_sent';
}

/**
 * The date-order rules of the server, checked before sending: a confirmation needs a sending date
 * on or before it. Whether a date lies in the future is left to the server, whose "today" counts.
 */
export function rowErrors(row: ChecklistRow): { confirmedOn?: 'requires_sent' | 'before_sent' } {
  if (!row.confirmedOn) return {};
  if (!row.sentOn) return { confirmedOn: 'requires_sent' };
  return row.confirmedOn < row.sentOn ? { confirmedOn: 'before_sent' } : {};
}

/** The recipients whose dates a colleague changed between the version the user started from and the latest. */
export function changedRecipients(before: Checklist, after: Checklist): string[] {
  const previous = new Map(before.items.map((item) => [item.recipientId, item]));
  return after.items
    .filter((item) => {
      const old = previous.get(item.recipientId);
      return !old || old.sentOn !== item.sentOn || old.confirmedOn !== item.confirmedOn;
    })
    .map((item) => item.name);
}
