// The quotation / proforma invoice as a printable A4 document, outside the app layout, in the
// document language named in the URL (English by default). The print dialog, Electron's
// printToPDF and Playwright's page.pdf() all lay out this same page.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Buyer } from '../../../shared/domain/buyer';
import { displayNumber } from '../../../shared/domain/commands';
import { formatIncotermLine } from '../../../shared/domain/incoterms';
import { documentTotals, quoteDisplayStatus, type Quote, type QuoteLine } from '../../../shared/domain/quote';
import type { PublicUser } from '../../../shared/sync/protocol';
import { PRINT_ERROR_ATTRIBUTE } from '../../../shared/ipc/desktop-api';
import { db } from '../../data/db';
import { formatDate, formatDecimal, formatMoney } from '../../i18n/format';
import { desktop } from '../../platform';
import { loadSession } from '../../sync/session';
import { useCompanySettings } from '../settings/company-settings';
import { localToday, quoteLines } from './model';
import { documentLanguage } from '../../i18n';
import { a4DocumentCss, usePrintReady } from '../../ui/print-page';

const PAGE_CSS = `${a4DocumentCss('quote-doc', { marginMm: 14, widthMm: 182, fontPt: 10, titlePt: 16 })}
.quote-doc th, .quote-doc td { border-bottom: 0.2mm solid #999; }
.quote-doc .parties { display: flex; justify-content: space-between; gap: 8mm; }
.quote-doc .terms dt { font-weight: 600; float: left; width: 45mm; clear: left; }
.quote-doc .terms dd { margin: 0 0 1.5mm 47mm; }
`;

export default function QuotePrintRoute() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const lang = documentLanguage(params.get('lang'));
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang, 'quotes');
  const data = useLiveQuery(async () => {
    const quote = (await db().quotes.get(id)) as unknown as Quote | undefined;
    if (!quote || quote.deleted) return { quote: null } as const;
    const buyer = (await db().buyers.get(quote.buyerId)) as Buyer | undefined;
    return { quote, buyer, lines: await quoteLines(id) as QuoteLine[] } as const;
  }, [id]);

  // The seller is the signed-in user; a print view reads the session but never syncs.
  const [user, setUser] = useState<PublicUser | null | undefined>(undefined);
  // The company header: the shipper of the company settings (name, address), when set.
  const company = useCompanySettings().shipper;
  useEffect(() => { void loadSession(desktop()).then((session) => setUser(session?.user ?? null)); }, []);

  usePrintReady(user === undefined ? undefined : data);

  if (!data) return null;
  if (!data.quote) return <div {...{ [PRINT_ERROR_ATTRIBUTE]: 'not-found' }}>{t('notFound')}</div>;
  const { quote, buyer, lines } = data;
  const totals = documentTotals(lines, quote.currency);
  const money = (v: string) => formatMoney(v, quote.currency, lang);
  const status = quoteDisplayStatus(quote, localToday());
  const contact = buyer?.contacts?.[0];
  const address = buyer?.addresses?.[0];

  return (
    <div className="quote-doc" lang={lang} data-testid="quote-document">
      <style>{PAGE_CSS}</style>
      <h1>{t('doc.title')}</h1>
      <div className="parties">
        <div>
          <strong>{t('doc.seller')}</strong>
          {company && (
            <>
              <div data-testid="doc-company">{company.name}</div>
              <div>{[company.address.line1, company.address.line2, company.address.city, company.address.postalCode, company.address.country].filter(Boolean).join(', ')}</div>
              {company.phone && <div>{company.phone}</div>}
            </>
          )}
          <div>{user?.name ?? ''}</div>
          <div>{user?.email ?? ''}</div>
        </div>
        <div>
          <strong>{t('doc.buyer')}</strong>
          <div>{buyer?.company ?? quote.buyerId}</div>
          {contact && <div>{contact.name}{contact.email ? ` · ${contact.email}` : ''}</div>}
          {address && <div>{[address.line1, address.city, address.postalCode].filter(Boolean).join(', ')}</div>}
          <div>{buyer?.country}</div>
        </div>
        <div>
          <div><strong>{t('doc.number')}</strong> {displayNumber(quote, 'Q')} · {t('version', { n: quote.version })}</div>
          <div><strong>{t('doc.date')}</strong> {formatDate(quote.sentAt ?? quote.updatedAt, lang)}</div>
          <div><strong>{t('fields.validUntil')}</strong> {formatDate(quote.validUntil, lang)}</div>
          {status !== 'sent' && status !== 'accepted' && <div><strong>{t(`status.${status}`)}</strong></div>}
        </div>
      </div>
      <table>
        <thead>
          <tr>
            <th>#</th><th>{t('fields.lines.sku')}</th><th>{t('fields.lines.description')}</th>
            <th className="num">{t('fields.lines.quantity')}</th><th className="num">{t('fields.lines.unitPrice')}</th><th className="num">{t('fields.lines.total')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={line.id}>
              <td>{i + 1}</td><td>{line.sku}</td><td>{line.description}</td>
              <td className="num">{formatDecimal(line.quantity, lang)} {line.unit}</td>
              <td className="num">{money(line.unitPrice)}</td>
              <td className="num" data-testid="doc-line-total">{money(totals.lines[i])}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={5} className="num"><strong>{t('total')}</strong></td>
            <td className="num" data-testid="doc-total"><strong>{money(totals.total)}</strong></td>
          </tr>
        </tbody>
      </table>
      <dl className="terms">
        <dt>{t('fields.incoterm')}</dt><dd data-testid="doc-incoterm">{formatIncotermLine(quote.incoterm, quote.namedPlace)}</dd>
        <dt>{t('fields.paymentTerms')}</dt><dd>{quote.paymentTerms || '—'}</dd>
        <dt>{t('fields.validUntil')}</dt><dd>{formatDate(quote.validUntil, lang)}</dd>
        <dt>{t('doc.leadTime')}</dt><dd>{t('doc.days', { count: quote.leadTimeDays })}</dd>
        {quote.portOfLoading && <><dt>{t('fields.portOfLoading')}</dt><dd>{quote.portOfLoading}</dd></>}
        {quote.mode && <><dt>{t('fields.mode')}</dt><dd>{t(`modes.${quote.mode}`)}</dd></>}
        {quote.sampleTerms && <><dt>{t('fields.sampleTerms')}</dt><dd>{quote.sampleTerms}</dd></>}
        {quote.notes && <><dt>{t('fields.notes')}</dt><dd>{quote.notes}</dd></>}
      </dl>
    </div>
  );
}
