// Company settings: GS1 numbering, the shipper printed on labels, the LCL threshold and the
// default printer per label type (printers as the platform lists them).
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterInfo } from '../../../shared/ipc/desktop-api';
import { desktop } from '../../platform';
import { errorText } from '../shipments/errors';
import { PRINTER_KINDS, saveCompanySettings, useCompanySettings } from './company-settings';

type Values = {
  companyPrefix: string; extensionDigit: number; name: string; line1: string; city: string; postalCode: string; country: string; phone: string;
  lclBelowCbm: string; printers: Record<string, string | undefined>;
};

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useCompanySettings();
  const [form] = Form.useForm<Values>();
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => { void desktop().listPrinters().then(setPrinters, () => setPrinters([])); }, []);

  const initial: Values = {
    companyPrefix: settings.gs1?.companyPrefix ?? '', extensionDigit: settings.gs1?.extensionDigit ?? 0,
    name: settings.shipper?.name ?? '', line1: settings.shipper?.address.line1 ?? '', city: settings.shipper?.address.city ?? '',
    postalCode: settings.shipper?.address.postalCode ?? '', country: settings.shipper?.address.country ?? '', phone: settings.shipper?.phone ?? '',
    lclBelowCbm: settings.lclBelowCbm, printers: settings.printers,
  };

  const save = (v: Values) => {
    try {
      saveCompanySettings({
        gs1: { companyPrefix: v.companyPrefix.trim(), extensionDigit: v.extensionDigit },
        shipper: v.name.trim() ? { name: v.name.trim(), phone: v.phone.trim(), address: { line1: v.line1.trim(), line2: '', city: v.city.trim(), region: '', postalCode: v.postalCode.trim(), country: v.country.trim().toUpperCase() } } : null,
        lclBelowCbm: String(v.lclBelowCbm),
        printers: Object.fromEntries(Object.entries(v.printers ?? {}).filter((e): e is [string, string] => !!e[1])),
      });
      setOutcome({ ok: true, text: t('saved') });
    } catch (e) {
      setOutcome({ ok: false, text: errorText(t, e) });
    }
  };

  return (
    <Card title={t('title')} style={{ maxWidth: 720 }}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save} data-testid="settings-form">
        <Typography.Title level={5}>{t('gs1')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('gs1Help')}</Typography.Paragraph>
        <Space>
          <Form.Item name="companyPrefix" label={t('companyPrefix')}><Input data-testid="gs1-prefix" style={{ width: 200 }} /></Form.Item>
          <Form.Item name="extensionDigit" label={t('extensionDigit')}><InputNumber data-testid="gs1-extension" min={0} max={9} precision={0} /></Form.Item>
        </Space>
        <Typography.Title level={5}>{t('shipper')}</Typography.Title>
        <Form.Item name="name" label={t('name')}><Input data-testid="shipper-name" /></Form.Item>
        <Form.Item name="line1" label={t('line1')}><Input data-testid="shipper-line1" /></Form.Item>
        <Space wrap>
          <Form.Item name="city" label={t('city')}><Input data-testid="shipper-city" /></Form.Item>
          <Form.Item name="postalCode" label={t('postalCode')}><Input /></Form.Item>
          <Form.Item name="country" label={t('country')}><Input data-testid="shipper-country" maxLength={2} style={{ width: 80 }} /></Form.Item>
          <Form.Item name="phone" label={t('phone')}><Input /></Form.Item>
        </Space>
        <Form.Item name="lclBelowCbm" label={t('lclBelow')}><Input style={{ width: 120 }} /></Form.Item>
        <Typography.Title level={5}>{t('printers')}</Typography.Title>
        {printers.length === 0 ? <Typography.Paragraph type="secondary">{t('noPrinters')}</Typography.Paragraph> : PRINTER_KINDS.map((kind) => (
          <Form.Item key={kind} name={['printers', kind]} label={t(`shipments:print.kinds.${kind}`)}>
            <Select allowClear placeholder={t('none')} options={printers.map((p) => ({ value: p.name, label: p.displayName }))} style={{ maxWidth: 360 }} />
          </Form.Item>
        ))}
        {outcome && <Alert style={{ marginBottom: 12 }} type={outcome.ok ? 'success' : 'error'} message={outcome.text} data-testid="settings-outcome" />}
        <Button type="primary" htmlType="submit" data-testid="settings-save">{t('save')}</Button>
      </Form>
    </Card>
  );
}
