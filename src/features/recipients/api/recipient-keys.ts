import type { operations } from '@/api/schema';

/** The register's filters, sort and page exactly as the API takes them (and the URL carries them). */
export type RecipientListQuery = NonNullable<operations['listRecipients']['parameters']['query']>;
export type DataFlowQuery = NonNullable<operations['getDataFlows']['parameters']['query']>;
export type DisclosureListQuery = NonNullable<operations['listDisclosures']['parameters']['query']>;

/** Query keys of the recipients area; mutations invalidate or update exactly the keys they affect. */
export const recipientKeys = {
  all: ['recipients'] as const,
  lists: () => [...recipientKeys.all, 'list'] as const,
  list: (query: RecipientListQuery) => [...recipientKeys.lists(), query] as const,
  details: () => [...recipientKeys.all, 'detail'] as const,
  detail: (recipientId: string) => [...recipientKeys.details(), recipientId] as const,
  flows: (query: DataFlowQuery) => [...recipientKeys.all, 'flows', query] as const,
  /** Authorities for the disclosure form and filter (a register query of its own). */
  authorities: () => [...recipientKeys.all, 'authorities'] as const,
};

export const disclosureKeys = {
  all: ['disclosures'] as const,
  lists: () => [...disclosureKeys.all, 'list'] as const,
  list: (query: DisclosureListQuery) => [...disclosureKeys.lists(), query] as const,
  statistics: () => [...disclosureKeys.all, 'statistics'] as const,
};
