// Create/edit form for one product, in a drawer. Typing validates with the product zod
// schema; saving goes through the repository, whose ValidationError lands on the fields.
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../shared/domain/common';
import { MAX_PRICE_TIERS, PRODUCT_UNITS, productSchema } from '../../../shared/domain/product';
import { db } from '../../data/db';
import { ValidationError, write } from '../../data/repository';
import { applyFieldErrors, revalidateTouched, schemaRule } from '../../ui/form-errors';
import { emptyProductValues, productToValues, valuesToFields, type ProductFormValues } from './form-model';
import { useProductsUi } from './store';

export function ProductFormDrawer() {
  const { t } = useTranslation('products');
  const editing = useProductsUi((s) => s.editing);
  const closeForm = useProductsUi((s) => s.closeForm);
  const existing = useLiveQuery(() => (editing && editing !== 'new' ? db().products.get(editing) : undefined), [editing]);
  const ready = editing === 'new' || existing !== undefined;
  return (
    <Drawer
      open={editing !== null}
      onClose={closeForm}
      size={780}
      title={editing === 'new' ? t('newProduct') : t('editProduct')}
      destroyOnHidden
    >
      {editing !== null && ready && (
        <ProductForm key={editing} id={editing === 'new' ? null : editing} initial={existing ? productToValues(existing) : emptyProductValues()} onDone={closeForm} />
      )}
    </Drawer>
  );
}

function ProductForm({ id, initial, onDone }: { id: string | null; initial: ProductFormValues; onDone: () => void }) {
  const { t } = useTranslation('products');
  const { message } = App.useApp();
  const [form] = Form.useForm<ProductFormValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const containsLithium = Form.useWatch('containsLithium', form);

  const errorsNow = () => {
    const parsed = productSchema.safeParse(valuesToFields(form.getFieldsValue(true)));
    return parsed.success ? {} : fieldErrors(parsed.error);
  };
  const rule = (path: string) => [schemaRule(errorsNow, path, t)];

  async function save() {
    setSaving(true);
    setFormErrors([]);
    const fields = valuesToFields(form.getFieldsValue(true));
    try {
      await write((w) => (id === null ? w.create('products', fields) : w.patch('products', id, fields)));
      message.success(t('saved'));
      onDone();
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const elsewhere = applyFieldErrors(form, e.fields, t);
      setFormErrors([t('fixErrors'), ...elsewhere]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form form={form} name="product" layout="vertical" initialValues={initial} onValuesChange={() => revalidateTouched(form)} requiredMark={false}>
      {formErrors.length > 0 && (
        <Alert type="error" showIcon data-testid="product-form-errors" style={{ marginBottom: 16 }}
          message={formErrors[0]} description={formErrors.length > 1 ? formErrors.slice(1).join(' ') : undefined} />
      )}
      <Section title={t('section.basics')}>
        <Row gutter={12}>
          <Col span={8}><Form.Item name="sku" label={t('field.sku')} rules={rule('sku')}><Input autoFocus /></Form.Item></Col>
          <Col span={16}><Form.Item name="name" label={t('field.name')} rules={rule('name')}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name={['localizedNames', 'zh-CN']} label={t('field.nameZh')} rules={rule('localizedNames.zh-CN')}><Input /></Form.Item></Col>
          <Col span={12}><Form.Item name={['localizedNames', 'ko']} label={t('field.nameKo')} rules={rule('localizedNames.ko')}><Input /></Form.Item></Col>
          <Col span={6}>
            <Form.Item name="unit" label={t('field.unit')} rules={rule('unit')}>
              <Select options={PRODUCT_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="status" label={t('field.status')} rules={rule('status')}>
              <Select options={(['draft', 'active', 'archived'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="tags" label={t('field.tags')} rules={rule('tags')}><Select mode="tags" tokenSeparators={[',']} open={false} /></Form.Item></Col>
        </Row>
      </Section>

      <Section title={t('section.pricing')}>
        <Row gutter={12}>
          <Col span={6}><Form.Item name="currency" label={t('field.currency')} rules={rule('currency')}><Input maxLength={3} /></Form.Item></Col>
          <Col span={6}><Form.Item name="moq" label={t('field.moq')} rules={rule('moq')}><InputNumber style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <PriceTiers form={form} rule={rule} />
      </Section>

      <Section title={t('section.trade')}>
        <Row gutter={12}>
          <Col span={8}><Form.Item name="hsCode" label={t('field.hsCode')} rules={rule('hsCode')}><Input inputMode="numeric" /></Form.Item></Col>
          <Col span={8}><Form.Item name="originCountry" label={t('field.originCountry')} rules={rule('originCountry')}><Input maxLength={2} /></Form.Item></Col>
          <Col span={8}><Form.Item name="leadTimeDays" label={t('field.leadTimeDays')} rules={rule('leadTimeDays')}><InputNumber style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
      </Section>

      <Section title={t('section.packaging')}>
        <Row gutter={12}>
          <Col span={6}><Form.Item name="unitsPerCarton" label={t('field.unitsPerCarton')} rules={rule('unitsPerCarton')}><InputNumber style={{ width: '100%' }} /></Form.Item></Col>
          {(['lengthCm', 'widthCm', 'heightCm'] as const).map((f) => (
            <Col span={6} key={f}><Form.Item name={f} label={t(`field.${f}`)} rules={rule(f)}><Input inputMode="decimal" /></Form.Item></Col>
          ))}
          {(['grossWeightKg', 'netWeightKg'] as const).map((f) => (
            <Col span={6} key={f}><Form.Item name={f} label={t(`field.${f}`)} rules={rule(f)}><Input inputMode="decimal" /></Form.Item></Col>
          ))}
        </Row>
      </Section>

      <Section title={t('section.flags')}>
        <Row gutter={12} align="middle">
          <Col span={8}><Form.Item name="containsLithium" valuePropName="checked"><Checkbox>{t('field.containsLithium')}</Checkbox></Form.Item></Col>
          <Col span={8}>
            <Form.Item name="lithiumType" label={t('field.lithiumType')} rules={rule('lithiumType')}>
              <Select disabled={!containsLithium} options={[{ value: null, label: t('lithium.none') }, { value: 'ion', label: t('lithium.ion') }, { value: 'metal', label: t('lithium.metal') }]} />
            </Form.Item>
          </Col>
        </Row>
        <Space size="large">
          {(['woodPackaging', 'food', 'kitchenware'] as const).map((f) => (
            <Form.Item key={f} name={f} valuePropName="checked"><Checkbox>{t(`field.${f}`)}</Checkbox></Form.Item>
          ))}
        </Space>
        <Form.Item name="notes" label={t('field.notes')} rules={rule('notes')}><Input.TextArea rows={3} /></Form.Item>
      </Section>

      <Space>
        <Button type="primary" onClick={() => void save()} loading={saving} data-testid="product-save">{t('common:save')}</Button>
        <Button onClick={onDone}>{t('common:cancel')}</Button>
      </Space>
    </Form>
  );
}

function PriceTiers({ form, rule }: { form: FormInstance<ProductFormValues>; rule: (path: string) => ReturnType<typeof schemaRule>[] }) {
  const { t } = useTranslation('products');
  const currency = Form.useWatch('currency', form);
  return (
    <Form.List name="priceTiers">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Row gutter={12} key={field.key} align="top">
              <Col span={4} style={{ paddingTop: 34 }}><Typography.Text type="secondary">{t('tierLabel', { n: i + 1 })}</Typography.Text></Col>
              <Col span={8}>
                <Form.Item name={[field.name, 'minQty']} label={t('field.tierQty')} rules={rule(`priceTiers.${field.name}.minQty`)}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={[field.name, 'unitPrice']} label={t('field.tierPrice')} rules={rule(`priceTiers.${field.name}.unitPrice`)}>
                  <Input inputMode="decimal" prefix={currency} />
                </Form.Item>
              </Col>
              <Col span={4} style={{ paddingTop: 30 }}>
                {fields.length > 1 && <Button type="link" danger onClick={() => remove(field.name)}>{t('removeTier')}</Button>}
              </Col>
            </Row>
          ))}
          {fields.length < MAX_PRICE_TIERS && (
            <Button type="dashed" onClick={() => add({ minQty: null, unitPrice: '' })} style={{ marginBottom: 16 }}>{t('addTier')}</Button>
          )}
        </>
      )}
    </Form.List>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 8 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </div>
  );
}
