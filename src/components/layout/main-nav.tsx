import { Box, NavLink } from '@mantine/core';
import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import classes from './layout.module.css';
import type { NavGroup, NavItem } from './navigation-types';

function matchState(pathname: string, link: string): 'page' | 'section' | null {
  // An area may open on a filtered view (`/complaints?status=new`); it is active on its path.
  const href = link.split('?')[0] ?? link;
  if (pathname === href) return 'page';
  if (href !== '/' && pathname.startsWith(`${href}/`)) return 'section';
  return null;
}

function NavGroupSection({ group, pathname, onNavigate }: { group: NavGroup; pathname: string; onNavigate?: () => void }) {
  const labelId = useId();
  return (
    <Box role="group" aria-labelledby={labelId}>
      <div id={labelId} className={classes.groupLabel}>
        {group.label}
      </div>
      {group.items.map((item: NavItem) => {
        const state = matchState(pathname, item.href);
        return (
          <NavLink
            key={item.key}
            component={Link}
            to={item.href}
            label={item.label}
            leftSection={item.icon}
            active={state !== null}
            // "page" for the page itself; "true" when inside it (a DSAR under DSARs).
            aria-current={state === 'page' ? 'page' : state === 'section' ? 'true' : undefined}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Box>
  );
}

/** The areas the role may use, grouped; the current one marked with aria-current. */
export function MainNav({ groups, onNavigate }: { groups: NavGroup[]; onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return (
    // The browser's own scrolling: keyboard and screen readers know it, and Mantine's ScrollArea
    // would bring Floating UI (for one of its hooks) into the first page.
    <Box px="xs" pb="md" className={classes.navScroll}>
      {groups.map((group) => (
        <NavGroupSection key={group.key} group={group} pathname={pathname} onNavigate={onNavigate} />
      ))}
    </Box>
  );
}
