import type { Permission } from '@/api/types';

/**
 * Who is looking, handed in by the route (the app composes features; this feature does not read
 * the session). Permissions only shape what is offered; the server still decides every request.
 */
export interface ComplaintViewer {
  userId: string | null;
  displayName: string | null;
  permissions: readonly Permission[];
}

export const can = (viewer: ComplaintViewer, permission: Permission) => viewer.permissions.includes(permission);
