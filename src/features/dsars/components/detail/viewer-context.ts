import { createContext, useContext } from 'react';
import type { Permission, Schemas } from '@/api/types';

/**
 * Who is looking, handed in by the route (src/app composes features; the dsars feature does not
 * import the session feature). Permissions only shape what is offered; the server still decides.
 */
export interface DsarViewer {
  user: Schemas['User'] | null;
  permissions: readonly Permission[];
}

export const DsarViewerContext = createContext<DsarViewer>({ user: null, permissions: [] });

export function useViewer() {
  const viewer = useContext(DsarViewerContext);
  return { user: viewer.user, can: (permission: Permission) => viewer.permissions.includes(permission) };
}
