import type { Schemas } from '@/api/types';
import { flowRows, toSankey } from './flows';

const FLOWS: Schemas['DataFlows'] = {
  nodes: [
    { id: 'category:account', kind: 'data_category', label: 'Account data' },
    { id: 'category:usage_technical', kind: 'data_category', label: 'Usage and technical data' },
    { id: 'recipient:a', kind: 'recipient', label: 'MailHaven', recipientId: '00000000-0000-4000-8000-00000000000a' },
    { id: 'recipient:b', kind: 'recipient', label: 'Statlytics', recipientId: '00000000-0000-4000-8000-00000000000b' },
  ],
  links: [
    { source: 'category:account', target: 'recipient:a', people: 900, legalBasis: 'contract' },
    { source: 'recipient:b', target: 'category:usage_technical', people: 1200, legalBasis: 'legitimate_interest' },
    { source: 'category:account', target: 'recipient:missing', people: 5, legalBasis: 'contract' },
  ],
};

const label = (key: string) => `label:${key}`;

describe('toSankey', () => {
  it('indexes nodes, translates data categories, drops links to unknown nodes and anchors unfed categories in the middle', () => {
    const { nodes, links } = toSankey(FLOWS, label);
    expect(nodes.map((node) => node.name)).toEqual(['label:account', 'label:usage_technical', 'MailHaven', 'Statlytics', '']);
    expect(nodes[4]?.kind).toBe('anchor');
    expect(links).toEqual([
      { source: 0, target: 2, value: 900, legalBasis: 'contract' },
      { source: 3, target: 1, value: 1200, legalBasis: 'legitimate_interest' },
      // Account data has no inbound party: the anchor keeps it in the middle column.
      { source: 4, target: 0, value: 1, legalBasis: null },
    ]);
  });

  it('needs no anchor when no party sends data', () => {
    const outbound = { ...FLOWS, links: FLOWS.links.filter((link) => link.source.startsWith('category:')) };
    expect(toSankey(outbound, label).nodes.some((node) => node.kind === 'anchor')).toBe(false);
  });
});

describe('flowRows', () => {
  it('says which side the recipient is on and sorts the largest flow first', () => {
    const rows = flowRows(FLOWS, label);
    expect(rows[0]).toMatchObject({ from: 'Statlytics', to: 'label:usage_technical', direction: 'inbound', recipientId: '00000000-0000-4000-8000-00000000000b', people: 1200 });
    expect(rows[1]).toMatchObject({ from: 'label:account', to: 'MailHaven', direction: 'outbound', people: 900 });
  });
});
