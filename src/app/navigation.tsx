import {
  IconAlertOctagon,
  IconApi,
  IconChartBar,
  IconChecklist,
  IconFileText,
  IconHistory,
  IconInbox,
  IconLayoutDashboard,
  IconMessageReport,
  IconSend,
  IconThumbUp,
  IconUsers,
  IconBuildingStore,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Permission, Session } from '@/api/types';
import type { NavGroup } from '@/components/layout/navigation-types';
import { paths } from '@/config/paths';
import { hasPermission } from '@/features/session/lib/permissions';

export const AREA_KEYS = [
  'overview',
  'dsars',
  'complaints',
  'people',
  'consent',
  'recipients',
  'disclosures',
  'compliance',
  'policies',
  'violations',
  'reports',
  'audit',
  'apiReference',
] as const;
export type AreaKey = (typeof AREA_KEYS)[number];

type GroupKey = 'work' | 'registers' | 'oversight' | 'help';

interface AreaDefinition {
  key: AreaKey;
  group: GroupKey;
  href: string;
  /** What the role needs to see the area; `null`: every signed-in user. */
  permission: Permission | null;
  icon: ReactNode;
}

const ICON_SIZE = 20;

/**
 * The console's areas in navigation order, with the permission each needs. The router uses the
 * same permissions for direct visits (see router.tsx), so a hidden area is also a closed one.
 * Management sees DSAR, disclosure and violation figures on the overview and in reports only.
 */
export const AREAS: readonly AreaDefinition[] = [
  { key: 'overview', group: 'work', href: paths.overview.build(), permission: 'overview_read', icon: <IconLayoutDashboard size={ICON_SIZE} aria-hidden /> },
  { key: 'dsars', group: 'work', href: paths.dsars.build(), permission: 'dsars_read', icon: <IconInbox size={ICON_SIZE} aria-hidden /> },
  { key: 'complaints', group: 'work', href: paths.complaints.build(), permission: 'complaints_read', icon: <IconMessageReport size={ICON_SIZE} aria-hidden /> },
  { key: 'people', group: 'work', href: paths.people.build(), permission: 'people_read', icon: <IconUsers size={ICON_SIZE} aria-hidden /> },
  { key: 'consent', group: 'work', href: paths.consent.build(), permission: 'consent_rates_read', icon: <IconThumbUp size={ICON_SIZE} aria-hidden /> },
  { key: 'recipients', group: 'registers', href: paths.recipients.build(), permission: 'recipients_read', icon: <IconBuildingStore size={ICON_SIZE} aria-hidden /> },
  { key: 'disclosures', group: 'registers', href: paths.disclosures.build(), permission: 'disclosures_read', icon: <IconSend size={ICON_SIZE} aria-hidden /> },
  { key: 'compliance', group: 'registers', href: paths.compliance.build(), permission: 'checks_read', icon: <IconChecklist size={ICON_SIZE} aria-hidden /> },
  { key: 'policies', group: 'registers', href: paths.policies.build(), permission: 'policies_read', icon: <IconFileText size={ICON_SIZE} aria-hidden /> },
  { key: 'violations', group: 'registers', href: paths.violations.build(), permission: 'violations_read', icon: <IconAlertOctagon size={ICON_SIZE} aria-hidden /> },
  { key: 'reports', group: 'oversight', href: paths.reports.build(), permission: 'reports_read', icon: <IconChartBar size={ICON_SIZE} aria-hidden /> },
  { key: 'audit', group: 'oversight', href: paths.audit.build(), permission: 'audit_read', icon: <IconHistory size={ICON_SIZE} aria-hidden /> },
  { key: 'apiReference', group: 'help', href: paths.apiReference.build(), permission: null, icon: <IconApi size={ICON_SIZE} aria-hidden /> },
];

const GROUP_ORDER: readonly GroupKey[] = ['work', 'registers', 'oversight', 'help'];

export function areaPermission(key: AreaKey): Permission | null {
  return AREAS.find((area) => area.key === key)?.permission ?? null;
}

/** The navigation for a session: only the areas its permissions open, translated. */
export function buildNavGroups(session: Session | null | undefined, t: TFunction): NavGroup[] {
  const allowed = AREAS.filter((area) => hasPermission(session, area.permission));
  return GROUP_ORDER.map((group) => ({
    key: group,
    label: t(`nav.groups.${group}`),
    items: allowed
      .filter((area) => area.group === group)
      .map((area) => ({
        key: area.key,
        label: t(`nav.${area.key}`),
        description: t(`areas.${area.key}.summary`),
        href: area.href,
        icon: area.icon,
        keywords: t(`areas.${area.key}.keywords`).split(',').map((word) => word.trim()).filter(Boolean),
      })),
  })).filter((group) => group.items.length > 0);
}
