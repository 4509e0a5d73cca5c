import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import { SortableHeader } from '@/components/list/sortable-header';
import classes from '@/components/list/list-table.module.css';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { DEFAULT_SORT, SORT_FIELDS, type SortField } from '../../lib/register-search-params';
import { isOutsideEea } from '../../lib/terms';
import { CountryName } from '../shared/country-name';
import { WarningBadges } from '../shared/warning-badges';

export interface RegisterTableProps {
  items: Schemas['Recipient'][];
  totalItems: number;
  sort: string;
  onSort: (sort: string) => void;
  busy: boolean;
}

export function RegisterTable({ items, totalItems, sort, onSort, busy }: RegisterTableProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const header = (field: SortField) => (
    <SortableHeader field={field} fields={SORT_FIELDS} fallback={DEFAULT_SORT} label={t(`recipientRegister.table.${field}`)} sort={sort} onSort={onSort} />
  );

  return (
    <Table.ScrollContainer minWidth={1050}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-busy={busy} className={classes.table} data-busy={busy || undefined}>
        <Table.Caption className={classes.caption}>
          {t('recipientRegister.table.caption', { count: totalItems })}
          {busy ? ` — ${t('recipientRegister.table.updating')}` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('name')}
            <Table.Th>{t('recipientRegister.table.dataCategories')}</Table.Th>
            {header('legalBasis')}
            {header('agreementStatus')}
            {header('country')}
            {header('nextReviewDue')}
            <Table.Th>{t('recipientRegister.table.warnings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={600} maw={260}>
                <Anchor component={Link} to={paths.recipients.detail.build(item.id)} size="sm" fw={600}>
                  {item.name}
                </Anchor>
                <Text size="xs" c="dimmed" fw={400}>
                  {t(`recipientTerms.role.${item.role}`)} · {t(`recipientTerms.category.${item.category}`)}
                </Text>
              </Table.Th>
              <Table.Td maw={220}>
                <Text size="xs" c="dimmed">
                  {t(`recipientRegister.table.direction.${item.direction}`)}
                </Text>
                <Text size="sm">{item.dataCategories.map((category) => t(`recipientTerms.dataCategoryShort.${category}`)).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{t(`recipientTerms.legalBasis.${item.legalBasis}`)}</Text>
                  {item.gatingPurpose ? (
                    <Text size="xs" c="dimmed">
                      {t('recipientRegister.table.gatedBy', { purpose: t(`recipientTerms.purpose.${item.gatingPurpose}`) })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{t(`recipientTerms.agreementStatus.${item.agreement.status}`)}</Text>
                  {item.agreement.expiresOn ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('recipientRegister.table.until', { date: date(item.agreement.expiresOn) })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">
                    <CountryName code={item.country} />
                  </Text>
                  {isOutsideEea(item.country) ? (
                    <Text size="xs" c="dimmed">
                      {t('recipientRegister.table.outsideEea', { safeguard: t(`recipientTerms.safeguard.${item.transferSafeguard}`) })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.nextReviewDue ? date(item.nextReviewDue) : '—'}</Table.Td>
              <Table.Td miw={170}>
                <WarningBadges warnings={item.warnings} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
