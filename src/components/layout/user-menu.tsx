import { Avatar, Button, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { forwardRef, lazy, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyOverlay } from './lazy-overlay';

export interface LayoutUser {
  displayName: string;
  roleLabel: string;
}

export interface UserMenuProps {
  user: LayoutUser;
  onSignOut: () => void;
  signingOut?: boolean;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0] ?? '')
    .filter((char) => char === char.toUpperCase())
    .slice(0, 2)
    .join('');
}

/** The account button: avatar and name; the same button before and after the menu has loaded. */
export const UserButton = forwardRef<HTMLButtonElement, { user: LayoutUser } & ComponentPropsWithoutRef<'button'>>(function UserButton({ user, ...rest }, ref) {
  const { t } = useTranslation();
  return (
    <Button
      ref={ref}
      variant="subtle"
      color="gray"
      px="xs"
      aria-haspopup="menu"
      // On small screens only the avatar shows; the label keeps name and role for everyone.
      aria-label={t('shell.userMenu.label', { name: user.displayName, role: user.roleLabel })}
      leftSection={<Avatar size="sm" color="blue" aria-hidden>{initials(user.displayName)}</Avatar>}
      rightSection={<IconChevronDown size={16} aria-hidden />}
      {...rest}
    >
      <Text span size="sm" fw={600} visibleFrom="sm">
        {user.displayName}
      </Text>
    </Button>
  );
});

const load = () => import('./user-menu-popup');
const UserMenuPopup = lazy(load);

export function UserMenu(props: UserMenuProps) {
  return <LazyOverlay prefetch={() => void load()} trigger={(handlers) => <UserButton user={props.user} {...handlers} />} overlay={<UserMenuPopup {...props} />} />;
}
