// The commercial invoice (DOC-2) and the packing list (DOC-3) as printable A4 pages, outside the
// app layout, in the document language named in the address. The print dialog, Electron's
// printToPDF and Playwright's page.pdf() all lay out this same page.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PRINT_ERROR_ATTRIBUTE } from '../../../shared/ipc/desktop-api';
import type { InvoiceModel } from '../../../shared/documents/invoice';
import type { PackingListModel } from '../../../shared/documents/packing-list';
import { formatDate, formatDecimal, formatMoney } from '../../i18n/format';
import type { Language } from '../../i18n';
import { localToday } from '../quotes/model';
import { useSyncStatus } from '../sync';
import { useCompanySettings } from '../settings/company-settings';
import { loadOrderDocuments } from './model';
import { isDocumentKind } from './route';
import { documentLanguage } from '../../i18n';
import { a4DocumentCss, usePrintReady } from '../../ui/print-page';

const PAGE_CSS = `${a4DocumentCss('export-doc', { marginMm: 12, widthMm: 186, fontPt: 9, titlePt: 15 })}
.export-doc th, .export-doc td { border: 0.2mm solid #999; }
.export-doc .parties { display: grid; grid-template-columns: 1fr 1fr 0.8fr; gap: 5mm; }
.export-doc dl { display: grid; grid-template-columns: 42mm 1fr; gap: 1mm 3mm; margin: 3mm 0; }
.export-doc dt { font-weight: 600; }
.export-doc dd { margin: 0; }
.export-doc .marks { white-space: pre-line; }
.export-doc .missing { color: #a00; }
`;

const kg = (v: string, lang: Language) => formatDecimal(v, lang, 3);

export default function DocumentPrintRoute() {
  const { kind, orderId = '' } = useParams();
  const [params] = useSearchParams();
  const lang = documentLanguage(params.get('lang'));
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang, 'documents');
  const user = useSyncStatus().user;
  const company = useCompanySettings();
  const data = useLiveQuery(async () => (await loadOrderDocuments(orderId, user?.name ?? '', localToday(), company.shipper)) ?? { missing: true as const }, [orderId, user?.name, company.shipper]);

  usePrintReady(data);

  if (!data) return null;
  if ('missing' in data || !isDocumentKind(kind)) return <div {...{ [PRINT_ERROR_ATTRIBUTE]: 'not-found' }}>{t('notFound')}</div>;
  const marks = data.packing.marks.join('\n');
  return (
    <div className="export-doc" lang={lang} data-testid={`${kind}-document`}>
      <style>{PAGE_CSS}</style>
      {kind === 'invoice' ? <Invoice model={data.invoice} lang={lang} /> : <Packing model={data.packing} invoice={data.invoice} lang={lang} />}
      <dl><dt>{t('doc.marks')}</dt><dd className="marks" data-testid="doc-marks">{marks || 'N/M'}</dd></dl>
    </div>
  );
}

function Header({ title, invoice, lang }: { title: string; invoice: InvoiceModel; lang: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang, 'documents');
  const party = (p: InvoiceModel['exporter']) => (
    <>
      <div>{p.name}</div>
      {p.address.map((line) => <div key={line}>{line}</div>)}
      {p.taxId && <div>{t('doc.taxId')}: {p.taxId}</div>}
    </>
  );
  return (
    <>
      <h1>{title}</h1>
      <div className="parties">
        <div><strong>{t('doc.exporter')}</strong>{party(invoice.exporter)}</div>
        <div><strong>{t('doc.consignee')}</strong>{party(invoice.consignee)}</div>
        <div>
          <div><strong>{t('doc.number')}</strong> {invoice.number}</div>
          <div><strong>{t('doc.date')}</strong> {formatDate(invoice.date, lang)}</div>
          {invoice.poNumber && <div><strong>{t('doc.poNumber')}</strong> {invoice.poNumber}</div>}
        </div>
      </div>
    </>
  );
}

function Invoice({ model, lang }: { model: InvoiceModel; lang: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang, 'documents');
  const money = (v: string) => formatMoney(v, model.currency, lang);
  return (
    <>
      <Header title={t('invoiceTitle')} invoice={model} lang={lang} />
      <table>
        <thead><tr>
          <th>{t('doc.sku')}</th><th>{t('doc.description')}</th><th>{t('doc.hsCode')}</th><th>{t('doc.origin')}</th>
          <th className="num">{t('doc.quantity')}</th><th className="num">{t('doc.unitPrice')}</th><th className="num">{t('doc.amount')}</th>
        </tr></thead>
        <tbody>
          {model.lines.map((l) => (
            <tr key={l.sku}>
              <td>{l.sku}</td><td>{l.description}</td><td>{l.hsCode}</td><td>{l.origin}</td>
              <td className="num">{formatDecimal(l.quantity, lang)} {l.unit}</td><td className="num">{money(l.unitPrice)}</td><td className="num">{money(l.amount)}</td>
            </tr>
          ))}
          <tr><td colSpan={6} className="num"><strong>{t('doc.total')}</strong></td><td className="num" data-testid="invoice-total"><strong>{money(model.total)}</strong></td></tr>
        </tbody>
      </table>
      <dl>
        <dt>{t('doc.incoterm')}</dt><dd>{model.incoterm}</dd>
        <dt>{t('doc.paymentTerms')}</dt><dd>{model.paymentTerms || '—'}</dd>
        {model.portOfLoading && <><dt>{t('doc.portOfLoading')}</dt><dd>{model.portOfLoading}</dd></>}
        {model.transportDocument && <><dt>{t('doc.transportDocument')}</dt><dd>{model.transportDocument}</dd></>}
        <dt>{t('doc.packages')}</dt><dd>{formatDecimal(model.packages, lang)}</dd>
        <dt>{t('doc.netWeight')}</dt><dd>{kg(model.netKg, lang)}</dd>
        <dt>{t('doc.grossWeight')}</dt><dd>{kg(model.grossKg, lang)}</dd>
      </dl>
      {model.missing.length > 0 && <div className="missing" data-testid="invoice-missing">{t('doc.missing', { list: model.missing.map((k) => t(k)).join(', ') })}</div>}
    </>
  );
}

function Packing({ model, invoice, lang }: { model: PackingListModel; invoice: InvoiceModel; lang: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang, 'documents');
  const { totals } = model;
  return (
    <>
      <Header title={t('packingTitle')} invoice={invoice} lang={lang} />
      <table>
        <thead><tr>
          <th>{t('doc.range')}</th><th>{t('doc.contents')}</th><th className="num">{t('doc.packages')}</th><th className="num">{t('doc.quantity')}</th>
          <th className="num">{t('doc.perPackage')}</th><th className="num">{t('doc.netTotal')}</th><th className="num">{t('doc.grossTotal')}</th>
          <th>{t('doc.dimensions')}</th><th className="num">{t('doc.cbm')}</th>
        </tr></thead>
        <tbody>
          {model.ranges.map((r) => (
            <tr key={r.from}>
              <td>{r.from === r.to ? r.from : `${r.from}–${r.to}`}</td>
              <td>{r.contents.map((c) => <div key={c.sku}>{c.sku} {c.description} × {formatDecimal(c.quantity, lang)} {c.unit}</div>)}</td>
              <td className="num">{formatDecimal(r.packages, lang)}</td><td className="num">{formatDecimal(r.quantity, lang)}</td>
              <td className="num">{kg(r.netPerPackageKg, lang)} / {kg(r.grossPerPackageKg, lang)}</td>
              <td className="num">{kg(r.netKg, lang)}</td><td className="num">{kg(r.grossKg, lang)}</td>
              <td>{r.dimensionsCm}</td><td className="num">{formatDecimal(r.cbm, lang, 3)}</td>
            </tr>
          ))}
          <tr data-testid="packing-totals">
            <td colSpan={2}><strong>{t('doc.totals')}</strong></td>
            <td className="num" data-testid="total-packages">{formatDecimal(totals.packages, lang)}</td>
            <td className="num" data-testid="total-quantity">{formatDecimal(totals.quantity, lang)}</td>
            <td />
            <td className="num" data-testid="total-net">{kg(totals.netKg, lang)}</td>
            <td className="num" data-testid="total-gross">{kg(totals.grossKg, lang)}</td>
            <td />
            <td className="num" data-testid="total-cbm">{formatDecimal(totals.cbm, lang, 3)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
