import { App as AntApp, ConfigProvider, Layout, Menu, Select } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { BuyersPage } from '../features/buyers/BuyersPage';
import { LabelPrintPage, LABEL_ROUTE_PATH } from '../features/labels';
import { ProductsPage } from '../features/products/ProductsPage';
import { RfqInbox } from '../features/rfqs/RfqInbox';
import { QuoteEditor, QuotePrintPage, QuotesPage, QUOTE_PRINT_PATH } from '../features/quotes';
import { DocumentPrintPage, DOCUMENT_PRINT_PATH } from '../features/documents';
import { OrdersPage } from '../features/orders/OrdersPage';
import { OrderView } from '../features/orders/OrderView';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ShipmentsPage, ShipmentView } from '../features/shipments';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ConflictsInbox, RejectedList, SignInPage, SyncStatusBar, WatchdogBanner } from '../features/sync';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { SecretStorageWarning } from '../platform/SecretStorageWarning';
import { i18n } from './i18n-resources';
import { ANTD_LOCALES } from './locale';

const queryClient = new QueryClient();
const LANGUAGE_LABELS: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文', ko: '한국어' };

function Shell() {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const location = useLocation();
  const section = location.pathname.split('/')[1] || 'products';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light">
        <div style={{ padding: 16, fontWeight: 600 }}>{t('common:appName')}</div>
        <Menu
          mode="inline"
          selectedKeys={[section]}
          onClick={(e) => navigate(`/${e.key}`)}
          items={[
            { key: 'dashboard', label: t('dashboard:nav') },
            { key: 'rfqs', label: t('rfqs:title') },
            { key: 'quotes', label: t('quotes:title') },
            { key: 'orders', label: t('orders:title') },
            { key: 'shipments', label: t('shipments:title') },
            { key: 'products', label: t('nav.products') },
            { key: 'buyers', label: t('nav.buyers') },
            { key: 'conflicts', label: t('sync:nav.conflicts') },
            { key: 'rejected', label: t('sync:nav.rejected') },
            { key: 'settings', label: t('settings:title') },
          ]}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: 'transparent', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12 }}>
          <SyncStatusBar />
          <Select
            aria-label={t('common:language')}
            data-testid="language-switch"
            value={i18n.language as Language}
            onChange={(lng: Language) => void changeLanguage(lng)}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_LABELS[l] }))}
            style={{ width: 130 }}
          />
        </Layout.Header>
        <WatchdogBanner />
        <SecretStorageWarning />
        <Layout.Content style={{ padding: 16 }}>
          <Routes>
            <Route path="/" element={<Navigate to="/products" replace />} />
            <Route path="/products" element={<ProductsPage />} />
            <Route path="/buyers" element={<BuyersPage />} />
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/rfqs" element={<RfqInbox />} />
            <Route path="/quotes" element={<QuotesPage />} />
            <Route path="/quotes/:id" element={<QuoteEditor />} />
            <Route path="/orders" element={<OrdersPage />} />
            <Route path="/orders/:id" element={<OrderView />} />
            <Route path="/shipments" element={<ShipmentsPage />} />
            <Route path="/shipments/:id" element={<ShipmentView />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/conflicts" element={<ConflictsInbox />} />
            <Route path="/rejected" element={<RejectedList />} />
            <Route path="*" element={<Navigate to="/products" replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function App() {
  const { i18n: current } = useTranslation();
  return (
    <ConfigProvider locale={ANTD_LOCALES[current.language as Language] ?? ANTD_LOCALES.en}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <Routes>
              {/* Print routes render bare pages, outside the app layout. */}
              <Route path={LABEL_ROUTE_PATH} element={<LabelPrintPage />} />
              <Route path={QUOTE_PRINT_PATH} element={<QuotePrintPage />} />
              <Route path={DOCUMENT_PRINT_PATH} element={<DocumentPrintPage />} />
              <Route path="*" element={<Shell />} />
            </Routes>
          </HashRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
