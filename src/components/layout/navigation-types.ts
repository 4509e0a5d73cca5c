import type { ReactNode } from 'react';

/** One destination in the navigation and the command palette, already translated. */
export interface NavItem {
  key: string;
  label: string;
  /** One line on what the page is for (shown in the command palette). */
  description: string;
  href: string;
  icon: ReactNode;
  /** Other words a person might type for this page. */
  keywords?: string[];
}

export interface NavGroup {
  key: string;
  label: string;
  items: NavItem[];
}
