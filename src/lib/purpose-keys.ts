import type { Schemas } from '@/api/types';

/**
 * Every consent purpose of the contract, in the policy's order. `satisfies` plus the check below
 * make the type checker fail when the contract adds a purpose this list does not know.
 */
export const PURPOSE_KEYS = [
  'marketing_email',
  'marketing_post',
  'marketing_phone',
  'marketing_onsite',
  'transactional_email',
  'social_facebook',
  'social_linkedin',
  'social_twitter',
  'cookies_necessary',
  'cookies_analytics',
  'cookies_functionality',
  'cookies_targeting',
] as const satisfies readonly Schemas['PurposeKey'][];

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: Exhaustive<Schemas['PurposeKey'], (typeof PURPOSE_KEYS)[number]> = true;
void exhaustive;
