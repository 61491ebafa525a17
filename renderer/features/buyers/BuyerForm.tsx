// Create/edit form for a buyer, in a drawer. Same pattern as the product form: live
// validation with the buyer schema, saving through the repository.
import { Alert, App, Button, Card, Col, Drawer, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyerFields } from '../../../shared/domain/buyer';
import { buyerSchema } from '../../../shared/domain/buyer';
import { fieldErrors } from '../../../shared/domain/common';
import { db } from '../../data/db';
import { ValidationError, write } from '../../data/repository';
import { applyFieldErrors, revalidateTouched, schemaRule } from '../../ui/form-errors';
import { useBuyersUi } from './store';

type BuyerFormValues = BuyerFields;

const EMPTY: BuyerFormValues = { company: '', country: '', contacts: [], addresses: [], eori: '', vatId: '', buyerMark: '', notes: '', status: 'active' };
const upper = (v: string | undefined) => (v ?? '').trim().toUpperCase();

/** Country codes and tax ids are upper-case by definition; normalize what the user typed. */
export function valuesToBuyerFields(v: BuyerFormValues): Record<string, unknown> {
  return {
    ...v,
    country: upper(v.country),
    eori: upper(v.eori),
    contacts: v.contacts ?? [],
    addresses: (v.addresses ?? []).map((a) => ({ ...a, country: upper(a?.country) })),
  };
}

export function BuyerFormDrawer() {
  const { t } = useTranslation('buyers');
  const editing = useBuyersUi((s) => s.editing);
  const closeForm = useBuyersUi((s) => s.closeForm);
  const existing = useLiveQuery(() => (editing && editing !== 'new' ? db().buyers.get(editing) : undefined), [editing]);
  const ready = editing === 'new' || existing !== undefined;
  return (
    <Drawer open={editing !== null} onClose={closeForm} size={760} title={editing === 'new' ? t('newBuyer') : t('editBuyer')} destroyOnHidden>
      {editing !== null && ready && (
        <BuyerForm key={editing} id={editing === 'new' ? null : editing} initial={existing ?? EMPTY} onDone={closeForm} />
      )}
    </Drawer>
  );
}

function BuyerForm({ id, initial, onDone }: { id: string | null; initial: BuyerFormValues; onDone: () => void }) {
  const { t } = useTranslation('buyers');
  const { message } = App.useApp();
  const [form] = Form.useForm<BuyerFormValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const errorsNow = () => {
    const parsed = buyerSchema.safeParse(valuesToBuyerFields(form.getFieldsValue(true)));
    return parsed.success ? {} : fieldErrors(parsed.error);
  };
  const rule = (path: string) => [schemaRule(errorsNow, path, t)];

  async function save() {
    setSaving(true);
    setFormErrors([]);
    const fields = valuesToBuyerFields(form.getFieldsValue(true));
    try {
      await write((w) => (id === null ? w.create('buyers', fields) : w.patch('buyers', id, fields)));
      message.success(t('saved'));
      onDone();
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setFormErrors([t('fixErrors'), ...applyFieldErrors(form, e.fields, t)]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form form={form} name="buyer" layout="vertical" initialValues={initial} onValuesChange={() => revalidateTouched(form)} requiredMark={false}>
      {formErrors.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formErrors[0]} description={formErrors.length > 1 ? formErrors.slice(1).join(' ') : undefined} />
      )}
      <Typography.Title level={5}>{t('section.company')}</Typography.Title>
      <Row gutter={12}>
        <Col span={16}><Form.Item name="company" label={t('field.company')} rules={rule('company')}><Input autoFocus /></Form.Item></Col>
        <Col span={8}><Form.Item name="country" label={t('field.country')} rules={rule('country')}><Input maxLength={2} /></Form.Item></Col>
        <Col span={8}><Form.Item name="buyerMark" label={t('field.buyerMark')} rules={rule('buyerMark')}><Input /></Form.Item></Col>
        <Col span={8}><Form.Item name="eori" label={t('field.eori')} rules={rule('eori')}><Input /></Form.Item></Col>
        <Col span={8}><Form.Item name="vatId" label={t('field.vatId')} rules={rule('vatId')}><Input /></Form.Item></Col>
      </Row>

      <Typography.Title level={5}>{t('section.contacts')}</Typography.Title>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Card size="small" key={field.key} style={{ marginBottom: 8 }} extra={<Button type="link" danger onClick={() => remove(field.name)}>{t('remove')}</Button>}>
                <Row gutter={12}>
                  {(['name', 'email', 'phone', 'role'] as const).map((f) => (
                    <Col span={12} key={f}>
                      <Form.Item name={[field.name, f]} label={t(f === 'name' ? 'field.contactName' : `field.${f}`)} rules={rule(`contacts.${field.name}.${f}`)}><Input /></Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            ))}
            <Button type="dashed" onClick={() => add({ name: '', email: '', phone: '', role: '' })} style={{ marginBottom: 16 }}>{t('addContact')}</Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5}>{t('section.addresses')}</Typography.Title>
      <Form.List name="addresses">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Card size="small" key={field.key} style={{ marginBottom: 8 }} extra={<Button type="link" danger onClick={() => remove(field.name)}>{t('remove')}</Button>}>
                <Row gutter={12}>
                  <Col span={8}>
                    <Form.Item name={[field.name, 'kind']} label={t('field.kind')} rules={rule(`addresses.${field.name}.kind`)}>
                      <Select options={(['billing', 'shipping'] as const).map((k) => ({ value: k, label: t(`addressKinds.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col span={16}><Form.Item name={[field.name, 'line1']} label={t('field.line1')} rules={rule(`addresses.${field.name}.line1`)}><Input /></Form.Item></Col>
                  <Col span={24}><Form.Item name={[field.name, 'line2']} label={t('field.line2')} rules={rule(`addresses.${field.name}.line2`)}><Input /></Form.Item></Col>
                  <Col span={8}><Form.Item name={[field.name, 'city']} label={t('field.city')} rules={rule(`addresses.${field.name}.city`)}><Input /></Form.Item></Col>
                  <Col span={6}><Form.Item name={[field.name, 'region']} label={t('field.region')} rules={rule(`addresses.${field.name}.region`)}><Input /></Form.Item></Col>
                  <Col span={5}><Form.Item name={[field.name, 'postalCode']} label={t('field.postalCode')} rules={rule(`addresses.${field.name}.postalCode`)}><Input /></Form.Item></Col>
                  <Col span={5}><Form.Item name={[field.name, 'country']} label={t('field.addressCountry')} rules={rule(`addresses.${field.name}.country`)}><Input maxLength={2} /></Form.Item></Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" onClick={() => add({ kind: 'shipping', line1: '', line2: '', city: '', region: '', postalCode: '', country: '' })} style={{ marginBottom: 16 }}>{t('addAddress')}</Button>
          </>
        )}
      </Form.List>

      <Form.Item name="notes" label={t('field.notes')} rules={rule('notes')}><Input.TextArea rows={3} /></Form.Item>
      <Space>
        <Button type="primary" onClick={() => void save()} loading={saving} data-testid="buyer-save">{t('common:save')}</Button>
        <Button onClick={onDone}>{t('common:cancel')}</Button>
      </Space>
    </Form>
  );
}
