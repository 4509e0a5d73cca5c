import type { Role } from '@/api/types';

/** The mock API's demo accounts (password "demo"); shown only when the console runs on mocks. */
export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'els.peeters', displayName: 'Els Peeters', role: 'privacy_officer' },
  { username: 'jan.devries', displayName: 'Jan De Vries', role: 'support' },
  { username: 'an.claes', displayName: 'An Claes', role: 'management' },
];

export const DEMO_PASSWORD = 'demo';
