import type { ReactNode } from 'react';
import type { Permission } from '@/api/types';
import { usePermission } from '../hooks/use-permission';

interface CanProps {
  permission: Permission;
  children: ReactNode;
  /** Shown instead when the permission is missing; nothing by default. */
  fallback?: ReactNode;
}

/** Renders its children only for users holding `permission` (an action the role may not use is absent). */
export function Can({ permission, children, fallback = null }: CanProps) {
  return usePermission(permission) ? children : fallback;
}
