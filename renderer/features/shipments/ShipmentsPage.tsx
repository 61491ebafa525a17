// Shipments list and the form that creates one for orders of a buyer (or of several buyers:
// a consolidation). The shipper comes from the company settings, the consignee from the buyer.
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TRANSPORT_MODES } from '../../../shared/domain/incoterms';
import type { Shipment } from '../../../shared/domain/shipment';
import type { Buyer } from '../../../shared/domain/buyer';
import { db } from '../../data/db';
import { liveOrders } from '../orders/model';
import { useCompanySettings } from '../settings/company-settings';
import { ConsolidationPlanner } from './ConsolidationPlanner';
import { errorText } from './errors';
import { createShipment } from './model';

type NewShipment = { orderIds: string[]; mode: Shipment['mode']; carrier?: string; reference?: string; poNumber?: string; destinationPort?: string };

export function ShipmentsPage() {
  const { t } = useTranslation('shipments');
  const navigate = useNavigate();
  const settings = useCompanySettings();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<NewShipment>();
  const shipments = useLiveQuery(async () => ((await db().shipments.toArray()) as unknown as Shipment[]).filter((s) => !s.deleted).sort((a, b) => b.id.localeCompare(a.id)), [], []);
  const buyers = useLiveQuery(async () => new Map(((await db().buyers.toArray()) as unknown as Buyer[]).map((b) => [b.id, b])), [], new Map<string, Buyer>());
  const orders = useLiveQuery(() => liveOrders(), [], []);
  const parcelCounts = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const p of await db().parcels.toArray()) if (!p.deleted && p.shipmentId) counts.set(p.shipmentId as string, (counts.get(p.shipmentId as string) ?? 0) + 1);
    return counts;
  }, [], new Map<string, number>());

  async function create(values: NewShipment) {
    setError(null);
    const picked = orders.filter((o) => values.orderIds.includes(o.id));
    const buyer = buyers.get(picked[0]?.buyerId ?? '');
    if (!settings.shipper) { setError(t('noShipper')); return; }
    const address = buyer?.addresses.find((a) => a.kind === 'shipping') ?? buyer?.addresses[0];
    try {
      const id = await createShipment({
        buyerId: picked[0]?.buyerId ?? '', orderIds: values.orderIds, mode: values.mode, status: 'planned',
        shipper: settings.shipper,
        consignee: { name: buyer?.company ?? '', phone: '', address: { line1: address?.line1 ?? '', line2: address?.line2 ?? '', city: address?.city ?? '', region: address?.region ?? '', postalCode: address?.postalCode ?? '', country: address?.country ?? buyer?.country ?? '' } },
        poNumber: values.poNumber ?? '', destinationPort: values.destinationPort ?? '', originCountry: settings.shipper.address.country,
        carrier: values.carrier ?? '', service: '', reference: values.reference ?? '', containerNumber: '', sealNumber: '',
      });
      setCreating(false);
      navigate(`/shipments/${id}`);
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('title')} extra={<Button type="primary" data-testid="new-shipment" onClick={() => { form.resetFields(); setError(null); setCreating(true); }}>{t('new')}</Button>}>
        <Table<Shipment> rowKey="id" dataSource={shipments} pagination={false} locale={{ emptyText: t('empty') }} data-testid="shipments-table"
          onRow={(s) => ({ onClick: () => navigate(`/shipments/${s.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('buyer'), render: (_, s) => <>{buyers.get(s.buyerId)?.company ?? '—'} {new Set(orders.filter((o) => s.orderIds.includes(o.id)).map((o) => o.buyerId)).size > 1 && <Tag>{t('consolidation')}</Tag>}</> },
            { title: t('orders'), render: (_, s) => orders.filter((o) => s.orderIds.includes(o.id)).map((o) => o.number).join(', ') },
            { title: t('mode'), render: (_, s) => t(`modes.${s.mode}`) },
            { title: t('status'), render: (_, s) => t(`statuses.${s.status}`) },
            { title: t('carrier'), dataIndex: 'carrier' },
            { title: t('reference'), dataIndex: 'reference' },
            { title: t('parcelCount'), align: 'right', render: (_, s) => parcelCounts.get(s.id) ?? 0 },
          ]} />
      </Card>
      <ConsolidationPlanner />
      <Modal open={creating} title={t('new')} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText={t('create')} okButtonProps={{ id: 'create-shipment' }}>
        {!settings.shipper && <Alert type="warning" message={t('noShipper')} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => void create(v)} initialValues={{ mode: 'sea-lcl', orderIds: [] }}>
          <Form.Item name="orderIds" label={t('pickOrders')} rules={[{ required: true, message: t('common:validation.required') }]}>
            <Select mode="multiple" data-testid="shipment-orders" options={orders.map((o) => ({ value: o.id, label: `${o.number} · ${buyers.get(o.buyerId)?.company ?? ''}` }))} />
          </Form.Item>
          <Form.Item name="mode" label={t('mode')}>
            <Select data-testid="shipment-mode" options={TRANSPORT_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
          </Form.Item>
          <Form.Item name="carrier" label={t('carrier')}><Input /></Form.Item>
          <Form.Item name="reference" label={t('reference')}><Input data-testid="shipment-reference" /></Form.Item>
          <Form.Item name="poNumber" label={t('poNumber')}><Input /></Form.Item>
          <Form.Item name="destinationPort" label={t('destinationPort')}><Input /></Form.Item>
        </Form>
        {error && <Alert type="error" message={error} data-testid="shipment-error" />}
      </Modal>
    </Space>
  );
}
