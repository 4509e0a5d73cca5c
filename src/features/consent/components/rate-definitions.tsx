import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Both rates, said in words before any number: what is divided by what. */
export function RateDefinitions() {
  const { t } = useTranslation();
  const items = [
    { term: t('consentRates.definitions.optInTerm'), formula: t('consentRates.definitions.optInFormula'), detail: t('consentRates.definitions.optInDetail') },
    { term: t('consentRates.definitions.consentTerm'), formula: t('consentRates.definitions.consentFormula'), detail: t('consentRates.definitions.consentDetail') },
    { term: t('consentRates.definitions.withdrawnTerm'), formula: t('consentRates.definitions.withdrawnFormula'), detail: t('consentRates.definitions.withdrawnDetail') },
  ];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="consent-definitions-title" mb="md">
      <Title order={2} size="h5" id="consent-definitions-title" mb="xs">
        {t('consentRates.definitions.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" component="dl" style={{ margin: 0 }}>
        {items.map((item) => (
          <Stack gap={2} key={item.term}>
            <Text component="dt" fw={700}>
              {item.term}
            </Text>
            <Text component="dd" m={0} ff="monospace" size="sm">
              {item.formula}
            </Text>
            <Text component="dd" m={0} size="sm" c="dimmed">
              {item.detail}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Text size="sm" mt="sm">
        {t('consentRates.definitions.necessary')}
      </Text>
    </Card>
  );
}
