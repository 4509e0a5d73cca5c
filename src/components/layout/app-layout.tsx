import { Anchor, AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { CommandPalette, CommandPaletteTrigger } from './command-palette';
import { LanguageSwitch } from './language-switch';
import classes from './layout.module.css';
import { MainNav } from './main-nav';
import type { NavGroup } from './navigation-types';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { ThemeToggle } from './theme-toggle';
import { UserMenu, type LayoutUser } from './user-menu';

interface AppLayoutProps {
  navGroups: NavGroup[];
  user: LayoutUser;
  onSignOut: () => void;
  signingOut?: boolean;
  children: ReactNode;
}

/**
 * The console's frame: header (name, search, language, colour scheme, account), the role's
 * navigation, and the page. Knows nothing of sessions; the app passes in what to show.
 */
export function AppLayout({ navGroups, user, onSignOut, signingOut, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  return (
    <CommandPalette groups={navGroups}>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', md: 'xl' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('shell.closeNavigation') : t('shell.openNavigation')}
                aria-expanded={navOpened}
                aria-controls="main-navigation"
              />
              <Anchor
                component={Link}
                to={paths.overview.build()}
                className={classes.brand}
                // The name is hidden on the narrowest screens; the link keeps it as its name.
                aria-label={t('shell.productName')}
              >
                <Group gap={8} wrap="nowrap">
                  <ThemeIcon size="md" radius="md" aria-hidden>
                    <IconShieldLock size={18} />
                  </ThemeIcon>
                  <Text span fw={700} visibleFrom="xs">
                    {t('shell.productName')}
                  </Text>
                </Group>
              </Anchor>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <CommandPaletteTrigger />
              <LanguageSwitch />
              <ThemeToggle />
              <UserMenu user={user} onSignOut={onSignOut} signingOut={signingOut} />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="main-navigation" aria-label={t('shell.mainNavigation')} pt="xs" className={classes.navbar} data-collapsed={navOpened ? undefined : true}>
          <MainNav groups={navGroups} onNavigate={closeNav} />
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
          {children}
        </AppShell.Main>
      </AppShell>
    </CommandPalette>
  );
}
