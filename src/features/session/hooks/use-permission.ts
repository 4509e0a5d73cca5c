import type { Permission } from '@/api/types';
import { useSession } from '../api/get-session';
import { hasPermission } from '../lib/permissions';

/** Whether the signed-in user holds a permission; the server still decides on every request. */
export function usePermission(permission: Permission): boolean {
  const { data } = useSession();
  return hasPermission(data, permission);
}
