// The quotation editor: a draft is edited and saved through the one write path; `quote.send`
// freezes it, `quote.revise` makes version n + 1, `quote.accept` makes the order. Totals are
// decimal strings from shared/domain (documentTotals), never floats.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { displayNumber } from '../../../shared/domain/commands';
import { formatIncotermLine, INCOTERMS, sellerPaysCarriage, TRANSPORT_MODES } from '../../../shared/domain/incoterms';
import type { Product } from '../../../shared/domain/product';
import { documentTotals, quoteDisplayStatus, quoteWarnings, type Quote } from '../../../shared/domain/quote';
import { db } from '../../data/db';
import { ValidationError } from '../../data/repository';
import { LANGUAGES, type Language } from '../../i18n';
import { formatMoney } from '../../i18n/format';
import { desktop } from '../../platform';
import { useLanguage } from '../../ui/hooks';
import { rfqIncoterm, type Rfq } from '../rfqs/model';
import {
  acceptQuote, addDaysIso, lineFor, localToday, PAYMENT_TERM_PRESETS, quoteLines, reviseQuote, SAMPLE_TERM_PRESETS, saveQuoteDraft, sendQuote,
  type DraftLine, type QuoteDraft,
} from './model';
import { QUOTE_PAGE, quotePrintRoute } from './route';
import { StatusTag } from './StatusTag';

/** Each language named in itself, as a buyer would look for it. */
const DOCUMENT_LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '中文', ko: '한국어' };
const CURRENCIES = ['USD', 'EUR', 'CNY', 'KRW', 'JPY', 'GBP', 'AUD'];

function draftFromRfq(rfq: Rfq | undefined, buyerId: string): QuoteDraft {
  const incoterm = rfq ? rfqIncoterm(rfq) : 'FOB';
  return {
    buyerId, rfqId: rfq?.id ?? null, currency: rfq?.currency ?? 'USD', incoterm,
    namedPlace: rfq?.destinationPort && sellerPaysCarriage(incoterm) ? rfq.destinationPort : '',
    validUntil: addDaysIso(localToday(), 30), paymentTerms: PAYMENT_TERM_PRESETS[0], sampleTerms: '', leadTimeDays: 30,
    portOfLoading: '', mode: null, notes: '', lines: [],
  };
}

function draftFromQuote(quote: Quote, lines: Awaited<ReturnType<typeof quoteLines>>): QuoteDraft {
  const { buyerId, rfqId, currency, incoterm, namedPlace, validUntil, paymentTerms, sampleTerms, leadTimeDays, portOfLoading, mode, notes } = quote;
  return {
    buyerId, rfqId, currency, incoterm, namedPlace, validUntil, paymentTerms, sampleTerms, leadTimeDays, portOfLoading, mode, notes,
    lines: lines.map(({ id, productId, sku, description, unit, moq, quantity, unitPrice, priceOverridden }) => ({ id, productId, sku, description, unit, moq, quantity, unitPrice, priceOverridden })),
  };
}

export function QuoteEditor() {
  const { t } = useTranslation('quotes');
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = 'new' } = useParams();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const quote = useLiveQuery(async () => (isNew ? null : ((await db().quotes.get(id)) as unknown as Quote | undefined) ?? null), [id], undefined);
  const lines = useLiveQuery(() => (isNew ? Promise.resolve([]) : quoteLines(id)), [id], []);
  const products = useLiveQuery(async () => ((await db().products.toArray()) as unknown as Product[]).filter((p) => !p.deleted && p.status === 'active'), [], []);
  const buyers = useLiveQuery(async () => (await db().buyers.toArray()).filter((b) => !b.deleted), [], []);
  const rfqId = isNew ? params.get('rfq') : quote?.rfqId ?? null;
  const rfq = useLiveQuery(async () => (rfqId ? ((await db().rfqs.get(rfqId)) as unknown as Rfq | undefined) : undefined), [rfqId]);
  const versions = useLiveQuery(async () => (quote ? (await db().quotes.where('buyerId').equals(quote.buyerId).toArray()) as unknown as Quote[] : []), [quote?.buyerId], []);

  const [draft, setDraft] = useState<QuoteDraft | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // The document's language is chosen per document (the buyer's), English unless changed.
  const [docLanguage, setDocLanguage] = useState<Language>('en');
  const loadedKey = isNew ? `new:${params.toString()}:${rfq ? 'rfq' : ''}` : `${id}:${quote?.status}:${quote?.rev}:${lines.length}`;

  useEffect(() => {
    if (isNew) setDraft(draftFromRfq(rfq, params.get('buyer') ?? ''));
    else if (quote) setDraft(draftFromQuote(quote, lines));
    setProblems({});
    // Reload when the stored quote changes (save, command, pull), not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedKey]);

  const editable = isNew || quote?.status === 'draft';
  const today = localToday();
  const productById = useMemo(() => new Map(products.map((p) => [p.id, p])), [products]);
  if (quote === undefined || draft === null) return null;
  if (!isNew && quote === null) return <Alert type="error" message={t('notFound')} />;

  const priced = draft.lines.filter((l) => l.unitPrice !== '');
  const totals = documentTotals(priced, draft.currency);
  const warnings = quoteWarnings(draft, draft.lines);
  const set = (patch: Partial<QuoteDraft>) => setDraft({ ...draft, ...patch });
  const setLine = (i: number, line: DraftLine) => set({ lines: draft.lines.map((l, j) => (j === i ? line : l)) });
  const defaultQuantity = rfq?.quantity ?? 1;

  function reprice(line: DraftLine, quantity: number, currency = draft!.currency): DraftLine {
    const product = productById.get(line.productId);
    if (!product) return { ...line, quantity };
    const fresh = lineFor(product, quantity, currency, line.priceOverridden ? line.unitPrice : undefined);
    return { ...fresh, id: line.id, description: line.description };
  }

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    try {
      const result = await work();
      setProblems({});
      return result;
    } catch (e) {
      if (e instanceof ValidationError) { setProblems(e.fields); return undefined; }
      throw e;
    } finally {
      setBusy(false);
    }
  }

  const save = () => run(async () => {
    // Checks the row schemas cannot phrase well: no buyer picked yet, a line without any price.
    if (!draft.buyerId) throw new ValidationError({ buyerId: 'validation.required' });
    const missing = draft.lines.findIndex((l) => l.unitPrice === '');
    if (missing >= 0) throw new ValidationError({ [`lines.${missing}.unitPrice`]: 'validation.price' });
    const savedId = await saveQuoteDraft(isNew ? null : id, draft);
    if (isNew) navigate(`${QUOTE_PAGE}/${savedId}`, { replace: true });
    return savedId;
  });

  const send = () => run(async () => {
    const savedId = await save();
    if (!savedId) return;
    await sendQuote(savedId);
    void message.success(t('sent'));
  });

  const printRoute = quote ? quotePrintRoute(quote.id, docLanguage) : '';
  const suggestedName = quote ? `${displayNumber(quote, 'Q')}-v${quote.version}.pdf` : 'quotation.pdf';
  const A4 = { widthMicrons: 210_000, heightMicrons: 297_000 };
  const status = quote ? quoteDisplayStatus(quote, today) : 'draft';
  const next = quote ? versions.find((v) => v.previousVersionId === quote.id) : undefined;
  const previous = quote?.previousVersionId ? versions.find((v) => v.id === quote.previousVersionId) : undefined;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="quote-editor">
      <Space align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="quote-number">
          {quote ? displayNumber(quote, 'Q') : t('newQuote')}
        </Typography.Title>
        {quote && <Tag data-testid="quote-version">{t('version', { n: quote.version })}</Tag>}
        <StatusTag status={status} />
        {previous && <Link to={`${QUOTE_PAGE}/${previous.id}`} data-testid="quote-previous">{t('previousVersion', { n: previous.version })}</Link>}
        {next && <Link to={`${QUOTE_PAGE}/${next.id}`} data-testid="quote-next">{t('nextVersion', { n: next.version })}</Link>}
      </Space>
      {Object.keys(problems).length > 0 && (
        <Alert type="error" data-testid="quote-problems" message={t('problems')}
          description={<ul>{Object.entries(problems).map(([path, key]) => <li key={path}>{t(`fields.${path.split('.').filter((p) => !/^\d+$/.test(p)).join('.')}`, { defaultValue: path })}: {t(`common:${key}`, { defaultValue: key })}</li>)}</ul>} />
      )}
      {warnings.length > 0 && (
        <Alert type="warning" data-testid="quote-warnings"
          message={<ul style={{ margin: 0 }}>{warnings.map((w) => <li key={`${w.path}:${w.key}`}>{w.factId ? `${w.factId}: ` : ''}{t(`common:${w.key}`)}{w.path.startsWith('lines.') ? ` (${t('line', { n: Number(w.path.split('.')[1]) + 1 })})` : ''}</li>)}</ul>} />
      )}
      <Card size="small">
        <Row gutter={[12, 8]}>
          <Col span={8}><Field label={t('fields.buyerId')}>
            <Select disabled={!editable} showSearch optionFilterProp="label" value={draft.buyerId || undefined} onChange={(buyerId) => set({ buyerId })} style={{ width: '100%' }}
              data-testid="quote-buyer" options={buyers.map((b) => ({ value: b.id, label: `${b.company} (${b.country})` }))} />
          </Field></Col>
          <Col span={4}><Field label={t('fields.currency')}>
            <Select disabled={!editable} value={draft.currency} style={{ width: '100%' }} options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              onChange={(currency) => set({ currency, lines: draft.lines.map((l) => reprice(l, l.quantity, currency)) })} data-testid="quote-currency" />
          </Field></Col>
          <Col span={4}><Field label={t('fields.incoterm')}>
            <Select disabled={!editable} value={draft.incoterm} style={{ width: '100%' }} options={INCOTERMS.map((c) => ({ value: c, label: c }))} onChange={(incoterm) => set({ incoterm })} data-testid="quote-incoterm" />
          </Field></Col>
          <Col span={8}><Field label={t('fields.namedPlace')}>
            <Input disabled={!editable} value={draft.namedPlace} onChange={(e) => set({ namedPlace: e.target.value })} data-testid="quote-named-place" status={problems.namedPlace ? 'error' : undefined} />
          </Field></Col>
          <Col span={6}><Field label={t('fields.mode')}>
            <Select disabled={!editable} allowClear value={draft.mode ?? undefined} style={{ width: '100%' }} onChange={(mode) => set({ mode: mode ?? null })} data-testid="quote-mode"
              options={TRANSPORT_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
          </Field></Col>
          <Col span={6}><Field label={t('fields.portOfLoading')}>
            <Input disabled={!editable} value={draft.portOfLoading} onChange={(e) => set({ portOfLoading: e.target.value })} data-testid="quote-port" />
          </Field></Col>
          <Col span={6}><Field label={t('fields.validUntil')}>
            <Input type="date" disabled={!editable} value={draft.validUntil} onChange={(e) => set({ validUntil: e.target.value })} data-testid="quote-valid-until" />
          </Field></Col>
          <Col span={6}><Field label={t('fields.leadTimeDays')}>
            <InputNumber disabled={!editable} min={0} max={365} precision={0} value={draft.leadTimeDays} onChange={(v) => set({ leadTimeDays: v ?? 0 })} style={{ width: '100%' }} data-testid="quote-lead-time" />
          </Field></Col>
          <Col span={12}><Field label={t('fields.paymentTerms')}>
            <Select disabled={!editable} showSearch value={draft.paymentTerms} style={{ width: '100%' }} onChange={(paymentTerms) => set({ paymentTerms })}
              onSearch={(text) => text && set({ paymentTerms: text })} data-testid="quote-payment-terms"
              options={[...new Set([draft.paymentTerms, ...PAYMENT_TERM_PRESETS])].filter(Boolean).map((p) => ({ value: p, label: p }))} />
          </Field></Col>
          <Col span={12}><Field label={t('fields.sampleTerms')}>
            <Select disabled={!editable} showSearch allowClear value={draft.sampleTerms || undefined} style={{ width: '100%' }} onChange={(sampleTerms) => set({ sampleTerms: sampleTerms ?? '' })}
              onSearch={(text) => text && set({ sampleTerms: text })} options={[...new Set([draft.sampleTerms, ...SAMPLE_TERM_PRESETS])].filter(Boolean).map((p) => ({ value: p, label: p }))} />
          </Field></Col>
          <Col span={24}><Field label={t('fields.notes')}>
            <Input.TextArea disabled={!editable} rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
          </Field></Col>
        </Row>
        {draft.namedPlace.trim() && <Typography.Text strong data-testid="quote-incoterm-line">{formatIncotermLine(draft.incoterm, draft.namedPlace)}</Typography.Text>}
      </Card>

      <Table<DraftLine>
        rowKey={(l) => l.id ?? `${l.productId}:${draft.lines.indexOf(l)}`} size="small" pagination={false} dataSource={draft.lines} data-testid="quote-lines"
        columns={[
          { title: t('fields.lines.sku'), dataIndex: 'sku' },
          { title: t('fields.lines.description'), dataIndex: 'description' },
          {
            title: t('fields.lines.quantity'), align: 'right', render: (_, line, i) => (
              <Space direction="vertical" size={0}>
                <InputNumber disabled={!editable} min={1} precision={0} value={line.quantity} data-testid={`line-quantity-${i}`}
                  onChange={(v) => v && setLine(i, reprice(line, v))} />
                {line.quantity < line.moq && <Typography.Text type="warning" data-testid={`line-below-moq-${i}`}>{t('belowMoq', { moq: line.moq })}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('fields.lines.unit'), dataIndex: 'unit' },
          {
            title: t('fields.lines.unitPrice'), align: 'right', render: (_, line, i) => (
              <Space>
                <Input disabled={!editable} value={line.unitPrice} style={{ width: 110, textAlign: 'right' }} data-testid={`line-price-${i}`} status={problems[`lines.${i}.unitPrice`] ? 'error' : undefined}
                  onChange={(e) => setLine(i, { ...line, unitPrice: e.target.value.trim(), priceOverridden: true })} />
                {line.priceOverridden && <Tag color="orange">{t('overridden')}</Tag>}
                {editable && line.priceOverridden && <Button size="small" type="link" onClick={() => setLine(i, reprice({ ...line, priceOverridden: false }, line.quantity))}>{t('tierPrice')}</Button>}
              </Space>
            ),
          },
          {
            title: t('fields.lines.total'), align: 'right', render: (_, line, i) => {
              const at = priced.indexOf(line);
              return <span data-testid={`line-total-${i}`}>{at >= 0 ? formatMoney(totals.lines[at], draft.currency, language) : '—'}</span>;
            },
          },
          ...(editable ? [{ title: '', render: (_: unknown, _l: DraftLine, i: number) => <Button size="small" danger onClick={() => set({ lines: draft.lines.filter((_x, j) => j !== i) })}>{t('removeLine')}</Button> }] : []),
        ]}
        footer={() => (
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            {editable ? (
              <Select showSearch placeholder={t('addLine')} style={{ width: 360 }} value={null} data-testid="quote-add-line" optionFilterProp="label"
                options={products.map((p) => ({ value: p.id, label: `${p.sku} — ${p.name}` }))}
                onChange={(productId: string) => set({ lines: [...draft.lines, lineFor(productById.get(productId)!, defaultQuantity, draft.currency)] })} />
            ) : <span />}
            <Typography.Text strong>{t('total')}: <span data-testid="quote-total">{formatMoney(totals.total, draft.currency, language)}</span></Typography.Text>
          </Space>
        )}
      />

      <Space wrap>
        {editable && <Button loading={busy} onClick={() => void save()} data-testid="quote-save">{t('save')}</Button>}
        {editable && <Button type="primary" loading={busy} onClick={() => void send()} data-testid="quote-send">{t('send')}</Button>}
        {quote?.status === 'sent' && (
          <Button onClick={() => void run(async () => navigate(`${QUOTE_PAGE}/${await reviseQuote(quote.id)}`))} data-testid="quote-revise">{t('revise')}</Button>
        )}
        {quote?.status === 'sent' && status !== 'expired' && (
          <Button type="primary" onClick={() => void run(async () => navigate(`/orders/${await acceptQuote(quote.id)}`))} data-testid="quote-accept">{t('accept')}</Button>
        )}
        {quote && (
          <Select value={docLanguage} onChange={setDocLanguage} style={{ width: 130 }} aria-label={t('documentLanguage')} data-testid="quote-doc-language"
            options={LANGUAGES.map((l) => ({ value: l, label: DOCUMENT_LANGUAGE_NAMES[l] }))} />
        )}
        {quote && <Button onClick={() => void desktop().savePdf({ route: printRoute, pageSize: A4, suggestedName })} data-testid="quote-pdf">{t('savePdf')}</Button>}
        {quote && <Button onClick={() => void desktop().listPrinters().then((printers) => desktop().print({ route: printRoute, pageSize: A4, printerName: printers[0]?.name ?? 'default', silent: false }))}>{t('print')}</Button>}
        {quote && <Link to={printRoute} target="_blank" data-testid="quote-print-link">{t('openDocument')}</Link>}
      </Space>
      {rfq && (
        <Descriptions size="small" title={t('fromRfq')} column={3}>
          <Descriptions.Item label={t('rfqProduct')}>{rfq.productQuery}</Descriptions.Item>
          <Descriptions.Item label={t('rfqQuantity')}>{rfq.quantity} {rfq.unit}</Descriptions.Item>
          <Descriptions.Item label={t('rfqPort')}>{rfq.destinationPort ?? '—'}</Descriptions.Item>
        </Descriptions>
      )}
    </Space>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label style={{ display: 'block' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{label}</Typography.Text>
      <div>{children}</div>
    </label>
  );
}
