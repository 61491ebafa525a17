// The order's customs and shipping checklist, grouped (documents, customs, shipping, payment,
// compliance) with progress per group. It rebuilds itself through the write path whenever the
// order's facts change; items are marked done / acknowledged (who and when), noted and given a
// file's metadata. Open blocking items are listed: they stop "shipped" here and on the server.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Progress, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { buildChecklist, type ChecklistItem } from '../../../shared/checklists/engine';
import { isOpenBlocker, KR_DECLARATION_RULE, needsAcknowledgement, rebuildItems, ruleById, type ChecklistItemRow } from '../../../shared/checklists/order-facts';
import { koreaLoadingWindow, refundReadiness, type RefundEvidence } from '../../../shared/checklists/readiness';
import { CATEGORIES, type Category } from '../../../shared/checklists/rules';
import { CartonError } from '../../../shared/documents/cartons';
import { paymentSummary } from '../../../shared/domain/order';
import { cmp } from '../../../shared/money/decimal';
import { ValidationError } from '../../data/repository';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../ui/hooks';
import { localToday } from '../quotes/model';
import { useSyncStatus } from '../sync';
import { attachToItem, factsOf, localAttachment, generateOrderCartons, noteItem, orderSources, rebuildChecklist, reopenItem, resolveItem, type OrderSources } from './model';

const SEVERITY_COLOR = { block: 'red', warn: 'orange', info: 'blue' } as const;
const STATUS_COLOR = { open: 'default', done: 'green', acknowledged: 'green', not_needed: 'default' } as const;
const TRANSPORT_RULES = ['bill-of-lading-fcl', 'bill-of-lading-lcl', 'air-waybill', 'courier-invoice'];

const isResolved = (row: ChecklistItemRow) => row.status === 'done' || row.status === 'acknowledged';

export function OrderChecklist({ orderId }: { orderId: string }) {
  const { t } = useTranslation('checklists');
  const today = localToday();
  const sources = useLiveQuery(() => orderSources(orderId), [orderId]);
  const facts = sources ? factsOf(sources, today) : null;
  const engineItems = facts?.ok ? buildChecklist(facts.facts, { today }) : [];
  const pending = sources && facts?.ok ? rebuildItems(orderId, sources.items, engineItems).map((w) => `${w.kind}:${w.id}`).join() : '';

  useEffect(() => {
    if (pending) void rebuildChecklist(orderId, today);
  }, [orderId, today, pending]);

  if (!sources || !facts) return null;
  if (!facts.ok) {
    const fields = [...new Set(facts.problems.map((p) => p.field.split('.')[0]))].map((f) => t(`facts.${f}`, { defaultValue: f })).join(', ');
    return <Alert type="warning" showIcon data-testid="checklist-facts-problem" message={t('factsProblem', { fields })} />;
  }
  const order = engineItems.map((i) => i.ruleId);
  const rows = [...sources.items].sort((a, b) => rank(order, a) - rank(order, b));
  const blockers = rows.filter(isOpenBlocker);
  const unacknowledged = rows.filter(needsAcknowledgement);
  const byRule = new Map(engineItems.map((i) => [i.ruleId, i]));

  return (
    <Card size="small" title={t('title')} data-testid="order-checklist">
      <Space direction="vertical" style={{ width: '100%' }}>
        {blockers.length > 0 && (
          <Alert type="error" showIcon data-testid="checklist-blockers" message={t('blockers', { count: blockers.length })}
            description={<ul style={{ margin: 0 }}>{blockers.map((row) => <li key={row.id} data-testid={`blocker-${row.ruleId}`}><RuleTitle ruleId={row.ruleId} /></li>)}</ul>} />
        )}
        {unacknowledged.length > 0 && <Alert type="warning" showIcon data-testid="checklist-unacknowledged" message={t('unacknowledged', { count: unacknowledged.length })} />}
        <Readiness sources={sources} today={today} />
        <Cartons sources={sources} />
        {CATEGORIES.map((category) => <Group key={category} category={category} rows={rows.filter((r) => r.category === category)} engine={byRule} />)}
      </Space>
    </Card>
  );
}

/** The open blocking items of an order, listed where a refused "shipped" is reported. */
export function OpenBlockers({ orderId }: { orderId: string }) {
  const rows = useLiveQuery(async () => (await orderSources(orderId))?.items.filter(isOpenBlocker) ?? [], [orderId]);
  if (!rows?.length) return null;
  return <ul style={{ margin: 0 }} data-testid="refusal-blockers">{rows.map((row) => <li key={row.id}><RuleTitle ruleId={row.ruleId} /></li>)}</ul>;
}

function rank(order: string[], row: ChecklistItemRow): number {
  const i = order.indexOf(row.ruleId);
  return i === -1 ? order.length : i;
}

function RuleTitle({ ruleId }: { ruleId: string }) {
  const language = useLanguage();
  return <>{ruleById(ruleId)?.title[language] ?? ruleId}</>;
}

function Group({ category, rows, engine }: { category: Category; rows: ChecklistItemRow[]; engine: Map<string, ChecklistItem> }) {
  const { t } = useTranslation('checklists');
  const counted = rows.filter((r) => r.status !== 'not_needed');
  if (rows.length === 0) return null;
  const done = counted.filter(isResolved).length;
  return (
    <Card type="inner" size="small" data-testid={`checklist-group-${category}`}
      title={<Space>{t(`groups.${category}`)}<Typography.Text type="secondary" data-testid={`checklist-progress-${category}`}>{t('progress', { done, total: counted.length })}</Typography.Text></Space>}
      extra={<Progress type="circle" size={28} percent={counted.length ? Math.round((done / counted.length) * 100) : 100} />}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {rows.map((row) => <Item key={row.id} row={row} goods={engine.get(row.ruleId)?.goods ?? []} />)}
      </Space>
    </Card>
  );
}

function Item({ row, goods }: { row: ChecklistItemRow; goods: number[] }) {
  const { t } = useTranslation('checklists');
  const language = useLanguage();
  const who = useSyncStatus().user?.name ?? '';
  const [note, setNote] = useState(row.notes);
  const rule = ruleById(row.ruleId);
  const retired = row.status === 'not_needed';
  return (
    <div data-testid={`checklist-item-${row.ruleId}`} data-status={row.status} style={{ opacity: retired ? 0.55 : 1, borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
      <Space wrap>
        <Typography.Text strong delete={retired}>{rule?.title[language] ?? row.ruleId}</Typography.Text>
        <Tag color={SEVERITY_COLOR[row.severity]}>{t(`severity.${row.severity}`)}</Tag>
        <Tag color={STATUS_COLOR[row.status]} data-testid="checklist-item-status">{t(`status.${row.status}`)}</Tag>
      </Space>
      {rule && <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>{rule.guidance[language]}</Typography.Paragraph>}
      <Space wrap size="small">
        <Typography.Text type="secondary">{t('sources')}: {rule?.source.join(', ')}</Typography.Text>
        {goods.length > 0 && <Typography.Text type="secondary">{t('goodsLines', { lines: goods.map((g) => g + 1).join(', ') })}</Typography.Text>}
        {row.doneAt && !retired && <Typography.Text type="secondary" data-testid="checklist-item-done-by">{t('doneBy', { who: row.doneBy ?? '', when: formatDateTime(row.doneAt, language) })}</Typography.Text>}
      </Space>
      {!retired && (
        <Space wrap style={{ marginTop: 4 }}>
          {row.status === 'open'
            ? <Button size="small" type={row.severity === 'block' ? 'primary' : 'default'} data-testid="checklist-item-resolve" onClick={() => void resolveItem(row, who)}>{t(row.severity === 'warn' ? 'acknowledge' : 'markDone')}</Button>
            : <Button size="small" data-testid="checklist-item-reopen" onClick={() => void reopenItem(row)}>{t('reopen')}</Button>}
          <Input size="small" style={{ width: 260 }} placeholder={t('notes')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="checklist-item-note" />
          {note !== row.notes && <Button size="small" onClick={() => void noteItem(row, note)} data-testid="checklist-item-save-note">{t('saveNote')}</Button>}
          <label>
            <Typography.Link>{t('attach')}</Typography.Link>
            <input type="file" hidden data-testid="checklist-item-attach" onChange={(e) => { const file = e.target.files?.[0]; if (file) void attachToItem(row, file); }} />
          </label>
        </Space>
      )}
      {row.attachment && <Attachment row={row} />}
    </div>
  );
}

function Attachment({ row }: { row: ChecklistItemRow }) {
  const { t } = useTranslation('checklists');
  const file = useLiveQuery(() => localAttachment(row), [row.id, row.attachment?.sha256]);
  const meta = row.attachment!;
  return (
    <Space wrap data-testid="checklist-item-attachment">
      <Typography.Text type="secondary">{t('attached', { name: meta.name, size: meta.size, hash: meta.sha256.slice(0, 12) })}</Typography.Text>
      {file
        ? <Typography.Link onClick={() => window.open(URL.createObjectURL(file), '_blank')}>{t('openFile')}</Typography.Link>
        : <Typography.Text type="secondary">{t('fileElsewhere')}</Typography.Text>}
    </Space>
  );
}

/** CN-2 refund readiness and the KR-1 loading window, from the item rows and the payments. */
function Readiness({ sources, today }: { sources: OrderSources; today: string }) {
  const { t } = useTranslation('checklists');
  const language = useLanguage();
  const facts = factsOf(sources, today);
  if (!facts.ok) return null;
  const done = (...ruleIds: string[]) => sources.items.some((r) => ruleIds.includes(r.ruleId) && r.status === 'done');
  if (facts.facts.originCountry === 'CN') {
    const summary = paymentSummary(sources.order, sources.lines, sources.payments.filter((p) => p.currency === sources.order.currency));
    const present: Record<RefundEvidence, boolean> = {
      inVatScope: done('cn-vat-refund'), bookedAsExportSale: done('cn-vat-refund'), exportDeclaration: done('cn-export-declaration'),
      exportSalesInvoice: done('invoice-fields'), purchaseVatInvoice: done('cn-purchase-vat-invoice'), fxReceipt: cmp(summary.outstanding, '0') === 0,
      transportDocument: done(...TRANSPORT_RULES), insurancePolicy: done('insurance-cif', 'insurance-cip'),
    };
    const readiness = refundReadiness({ incoterm: sources.order.incoterm, sellerRole: facts.facts.sellerRole ?? 'manufacturer' }, present);
    return (
      <Alert type={readiness.ready ? 'success' : 'info'} data-testid="refund-readiness" message={t('refund.title')}
        description={readiness.ready ? t('refund.ready') : t('refund.missing', { list: readiness.missing.map((e) => t(`refund.evidence.${e}`)).join(', ') })} />
    );
  }
  if (facts.facts.originCountry === 'KR') {
    const declared = sources.items.find((r) => r.ruleId === KR_DECLARATION_RULE && r.status === 'done' && r.doneAt);
    if (!declared) return <Alert type="info" data-testid="korea-window" message={t('korea.title')} description={t('korea.notDeclared')} />;
    const window = koreaLoadingWindow(declared.doneAt!.slice(0, 10), facts.facts.plannedDeparture, today);
    const late = window.exceeded || (window.daysLeft ?? 0) < 0;
    return (
      <Alert type={late ? 'error' : 'info'} data-testid="korea-window" message={t('korea.title')}
        description={<>
          {t('korea.deadline', { date: formatDate(window.deadline, language) })} · {(window.daysLeft ?? 0) >= 0 ? t('korea.daysLeft', { count: window.daysLeft ?? 0 }) : t('korea.overdue')}
          {window.exceeded && <div>{t('korea.exceeded')}</div>}
        </>} />
    );
  }
  return null;
}

function Cartons({ sources }: { sources: OrderSources }) {
  const { t } = useTranslation('checklists');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mixPartials, setMixPartials] = useState(false);
  const count = sources.parcels.length;
  return (
    <Space wrap>
      <Typography.Text data-testid="carton-count">{count ? t('cartons.count', { count }) : t('cartons.none')}</Typography.Text>
      <Button size="small" loading={busy} data-testid="generate-cartons" onClick={() => {
        setBusy(true);
        setError(null);
        generateOrderCartons(sources.order.id, { mixPartials })
          .catch((e: Error) => setError(e instanceof ValidationError ? t(`common:${Object.values(e.fields)[0]}`) : e instanceof CartonError ? t(e.code, { defaultValue: e.message }) : e.message))
          .finally(() => setBusy(false));
      }}>{t('cartons.generate')}</Button>
      <Checkbox checked={mixPartials} data-testid="mix-partials" onChange={(e) => setMixPartials(e.target.checked)}>{t('cartons.mixPartials')}</Checkbox>
      {error && <Typography.Text type="danger" data-testid="carton-error">{error}</Typography.Text>}
    </Space>
  );
}
