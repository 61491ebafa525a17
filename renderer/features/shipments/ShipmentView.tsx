// One shipment: its details (status, carrier, booking, B/L or AWB, ETD/ETA, container and
// seal), the tracking the platform pushed (read-only), cartons generated from its orders,
// SSCCs assigned from this machine's reserved ranges, and the batch label print.
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Popover, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SHIPMENT_STATUSES, type Shipment } from '../../../shared/domain/shipment';
import type { Order } from '../../../shared/domain/order';
import type { Parcel } from '../../../shared/domain/parcel';
import { db } from '../../data/db';
import { formatDateTime, formatDecimal } from '../../i18n/format';
import { ValidationError } from '../../data/repository';
import { useLanguage } from '../../ui/hooks';
import { generateOrderCartons } from '../checklists/model';
import { gs1Of, useCompanySettings } from '../settings/company-settings';
import { BatchPrintDialog } from './BatchPrintDialog';
import { errorText } from './errors';
import { shipmentParcels, updateShipment } from './model';
import { assignSsccs, heldRanges, requestSsccRange, serialsLeft } from './sscc-ranges';

const EDITABLE = ['status', 'carrier', 'service', 'reference', 'bookingNumber', 'blNumber', 'awbNumber', 'etd', 'eta', 'containerNumber', 'sealNumber'] as const;
type Editable = Pick<Shipment, (typeof EDITABLE)[number]>;

/**
 * Keeps the form on the stored row as it changes (a sync, a colleague's edit, our own save)
 * without remounting it: a field takes the row's new value only while the user has not
 * changed it from the value it was loaded with. Remounting would close an open date picker,
 * drop the focus and, under a steady sync, make the form impossible to fill in.
 */
function useFormFollowsRow(form: ReturnType<typeof Form.useForm<Editable>>[0], row: Shipment | undefined) {
  const loaded = useRef<Shipment | undefined>(undefined);
  useEffect(() => {
    const before = loaded.current;
    loaded.current = row;
    if (!row || !before) return; // a first load takes `initialValues`
    if (before.id !== row.id) {
      form.resetFields(); // another shipment: nothing typed for the last one carries over
      return;
    }
    const updates: Partial<Editable> = {};
    for (const field of EDITABLE) {
      const unchangedByUser = (form.getFieldValue(field) ?? '') === (before[field] ?? '');
      if (unchangedByUser && (before[field] ?? '') !== (row[field] ?? '')) Object.assign(updates, { [field]: row[field] });
    }
    if (Object.keys(updates).length > 0) form.setFieldsValue(updates);
  }, [form, row]);
}

/** A date field whose form value is the stored `YYYY-MM-DD` string ('' when empty). */
const ISO_DATE = 'YYYY-MM-DD';
const dateProps = {
  getValueProps: (value: string) => ({ value: value ? dayjs(value, ISO_DATE) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(ISO_DATE) : ''),
};

export function ShipmentView() {
  const { id = '' } = useParams();
  const { t } = useTranslation('shipments');
  const language = useLanguage();
  const settings = useCompanySettings();
  const [printing, setPrinting] = useState(false);
  const [message, setMessage] = useState<{ type: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [mixPartials, setMixPartials] = useState(false);
  const [form] = Form.useForm<Editable>();
  const shipment = useLiveQuery(async () => (await db().shipments.get(id)) as unknown as Shipment | undefined, [id]);
  useFormFollowsRow(form, shipment);
  const orders = useLiveQuery(async () => ((await db().orders.bulkGet(shipment?.orderIds ?? [])) as unknown as (Order | undefined)[]).filter((o): o is Order => !!o && !o.deleted), [shipment], []);
  const parcels = useLiveQuery(() => shipmentParcels(id), [id, shipment], []);
  const held = useLiveQuery(() => heldRanges(), [], []);
  const gs1 = gs1Of(settings);
  const left = 'error' in gs1 ? 0 : serialsLeft(held, gs1);
  const missingSscc = parcels.filter((p) => !p.sscc).length;

  const act = (work: () => Promise<string>) => {
    setMessage(null);
    work().then((text) => setMessage({ type: 'success', text }), (e: unknown) => setMessage({ type: 'error', text: errorText(t, e) }));
  };

  if (!shipment) return <Card><Link to="/shipments">{t('back')}</Link></Card>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={<Space><Link to="/shipments">{t('back')}</Link><span>{t(`modes.${shipment.mode}`)} · {shipment.consignee.name}</span></Space>}>
        <Form<Editable> form={form} layout="inline" initialValues={shipment} key={shipment.id} data-testid="shipment-form"
          onFinish={(v) => {
            setMessage(null);
            // Field errors of the schema (ETA before ETD, DOC-4 container and seal) go under their fields.
            updateShipment(id, v).then(() => setMessage({ type: 'success', text: t('saved') }), (e: unknown) => {
              if (e instanceof ValidationError) form.setFields(Object.entries(e.fields).map(([name, key]) => ({ name: name as keyof Editable, errors: [t(`common:${key}`)] })));
              setMessage({ type: 'error', text: errorText(t, e) });
            });
          }}>
          <Form.Item name="status" label={t('status')}><Select data-testid="shipment-status" style={{ width: 140 }} options={SHIPMENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} /></Form.Item>
          <Form.Item name="carrier" label={t('carrier')}><Input /></Form.Item>
          <Form.Item name="service" label={t('service')}><Input /></Form.Item>
          <Form.Item name="reference" label={t('reference')}><Input /></Form.Item>
          <Form.Item name="bookingNumber" label={t('bookingNumber')}><Input data-testid="shipment-booking" maxLength={40} /></Form.Item>
          <Form.Item name="blNumber" label={t('blNumber')}><Input data-testid="shipment-bl" maxLength={40} /></Form.Item>
          <Form.Item name="awbNumber" label={t('awbNumber')}><Input data-testid="shipment-awb" maxLength={40} /></Form.Item>
          <Form.Item name="etd" label={t('etd')} {...dateProps}><DatePicker data-testid="shipment-etd" format={ISO_DATE} /></Form.Item>
          <Form.Item name="eta" label={t('eta')} {...dateProps}><DatePicker data-testid="shipment-eta" format={ISO_DATE} /></Form.Item>
          <Form.Item name="containerNumber" label={t('container')}><Input data-testid="shipment-container" maxLength={11} /></Form.Item>
          <Form.Item name="sealNumber" label={t('seal')}><Input data-testid="shipment-seal" maxLength={20} /></Form.Item>
          <Button htmlType="submit" data-testid="shipment-save">{t('save')}</Button>
        </Form>
        <Descriptions size="small" style={{ marginTop: 12 }} column={1} items={[
          { key: 'orders', label: t('orders'), children: <Space wrap>{orders.map((o) => (
            <Button key={o.id} size="small" data-testid="generate-cartons" onClick={() => act(async () => t('parcels.generated', { count: await generateOrderCartons(o.id, { mixPartials }) }))}>
              {t('parcels.generate', { order: o.number })}
            </Button>
          ))}
          <Checkbox checked={mixPartials} data-testid="mix-partials" onChange={(e) => setMixPartials(e.target.checked)}>{t('checklists:cartons.mixPartials')}</Checkbox>
          </Space> },
          { key: 'tracking', label: t('tracking.title'), children: <span data-testid="shipment-tracking">{shipment.trackingStatus
            ? [shipment.trackingStatus, shipment.trackingLocation, shipment.trackingUpdatedAt && formatDateTime(shipment.trackingUpdatedAt, language)].filter(Boolean).join(' · ')
            : t('tracking.none')}</span> },
        ]} />
      </Card>
      <Card title={t('parcels.title')} extra={<Space wrap>
        <Typography.Text type="secondary" data-testid="sscc-left">{'error' in gs1 ? t(gs1.error) : t('sscc.left', { n: formatDecimal(left, language, 0) })}</Typography.Text>
        <Button data-testid="reserve-sscc" disabled={'error' in gs1} onClick={() => act(async () => { if (!('error' in gs1)) await requestSsccRange(gs1); return t('sscc.reserved'); })}>{t('sscc.reserve')}</Button>
        <Button data-testid="assign-sscc" disabled={'error' in gs1 || missingSscc === 0}
          onClick={() => act(async () => {
            if ('error' in gs1) return t(gs1.error);
            if (left < missingSscc) throw new Error(t('sscc.noRange'));
            return t('sscc.assigned', { count: await assignSsccs(gs1, parcels.map((p) => p.id)) });
          })}>{t('sscc.assign')}</Button>
        <Button type="primary" data-testid="open-print" disabled={parcels.length === 0} onClick={() => setPrinting(true)}>{t('print.open')}</Button>
      </Space>}>
        {message && <Alert type={message.type} message={message.text} style={{ marginBottom: 12 }} data-testid="shipment-message" closable onClose={() => setMessage(null)} />}
        <Table<Parcel> rowKey="id" size="small" dataSource={parcels} pagination={false} locale={{ emptyText: t('parcels.none') }} data-testid="parcels-table"
          columns={[
            { title: t('parcels.seq'), render: (_, p) => <span data-testid="parcel-n-of-n">{t('parcels.nOfN', { seq: p.seq, count: p.count })}</span> },
            { title: t('orders'), render: (_, p) => orders.find((o) => o.id === p.orderId)?.number ?? '—' },
            { title: t('parcels.contents'), render: (_, p) => p.contents.map((c) => `${c.sku} × ${formatDecimal(c.quantity, language, 0)}`).join(', ') },
            { title: t('parcels.net'), align: 'right', render: (_, p) => formatDecimal(p.netWeightKg, language, 3) },
            { title: t('parcels.gross'), align: 'right', render: (_, p) => formatDecimal(p.grossWeightKg, language, 3) },
            { title: t('parcels.size'), render: (_, p) => [p.lengthCm, p.widthCm, p.heightCm].map((d) => formatDecimal(d, language, 2)).join(' × ') },
            { title: t('parcels.sscc'), render: (_, p) => <Typography.Text code data-testid="parcel-sscc">{p.sscc || '—'}</Typography.Text> },
            { title: t('parcels.tracking'), dataIndex: 'trackingNumber' },
            { title: t('parcels.printed'), render: (_, p) => (
              <Popover title={t('parcels.history')} content={p.history.length ? p.history.map((h, i) => <div key={i}>{formatDateTime(h.at, language)} · {h.event}</div>) : '—'}>
                <Tag data-testid="parcel-printed" color={p.labelPrinted ? 'green' : undefined}>{p.labelPrinted ? `${t('parcels.printedTag')} (${p.history.length})` : t('parcels.notPrinted')}</Tag>
              </Popover>
            ) },
          ]} />
      </Card>
      {printing && <BatchPrintDialog open parcels={parcels} reference={shipment.reference || shipment.poNumber} onClose={() => setPrinting(false)} />}
    </Space>
  );
}
