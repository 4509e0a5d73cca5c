import type { operations } from '@/api/schema';

export type VersionListQuery = NonNullable<operations['listPolicyVersions']['parameters']['query']>;

export const policyKeys = {
  all: ['policies'] as const,
  versions: () => [...policyKeys.all, 'versions'] as const,
  versionList: (query: VersionListQuery) => [...policyKeys.versions(), 'list', query] as const,
  version: (versionId: string) => [...policyKeys.versions(), 'detail', versionId] as const,
  announcement: (announcementId: string) => [...policyKeys.all, 'announcement', announcementId] as const,
};
