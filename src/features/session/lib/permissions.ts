import type { Permission, Session } from '@/api/types';

export function hasPermission(session: Session | null | undefined, permission: Permission | null | undefined): boolean {
  if (!permission) return Boolean(session);
  return Boolean(session?.permissions.includes(permission));
}
