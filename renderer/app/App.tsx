import { App as AntApp, ConfigProvider, Layout, Menu, Select, type ThemeConfig } from 'antd';
import 'antd/dist/antd.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { LABEL_ROUTE_PATH } from '../features/labels/route';
import { ProductsPage } from '../features/products/ProductsPage';
import { QUOTE_PRINT_PATH } from '../features/quotes/route';
import { DOCUMENT_PRINT_PATH } from '../features/documents/route';
import { SyncStatusBar, WatchdogBanner } from '../features/sync/SyncStatusBar';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { SecretStorageWarning } from '../platform/SecretStorageWarning';
import { onDemand } from '../ui/on-demand';
import { i18n } from './i18n-resources';
import { ANTD_LOCALES } from './locale';

/**
 * A page in its own chunk: the first chunk holds only the shell and the catalog (the start
 * page), so a cold start paints the product list sooner. Every chunk is still fetched right
 * after start-up (`prefetchPages`), so pages open offline in the browser build too.
 */
const pageLoaders: (() => Promise<unknown>)[] = [];
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const component = onDemand(() => load().then((m) => m[name]));
  pageLoaders.push(component.preload);
  return component;
}
const prefetchPages = () => { for (const load of pageLoaders) void load(); };

/** Print routes: bare pages outside the layout, loaded when a print opens them (not prefetched). */
const LabelPrintPage = onDemand(() => import('../features/labels/LabelPrintRoute').then((m) => m.default));
const QuotePrintPage = onDemand(() => import('../features/quotes/QuotePrintRoute').then((m) => m.default));
const DocumentPrintPage = onDemand(() => import('../features/documents/DocumentPrintRoute').then((m) => m.default));

const BuyersPage = page(() => import('../features/buyers/BuyersPage'), 'BuyersPage');
const RfqInbox = page(() => import('../features/rfqs/RfqInbox'), 'RfqInbox');
const QuotesPage = page(() => import('../features/quotes'), 'QuotesPage');
const QuoteEditor = page(() => import('../features/quotes'), 'QuoteEditor');
const OrdersPage = page(() => import('../features/orders/OrdersPage'), 'OrdersPage');
const OrderView = page(() => import('../features/orders/OrderView'), 'OrderView');
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const ShipmentsPage = page(() => import('../features/shipments'), 'ShipmentsPage');
const ShipmentView = page(() => import('../features/shipments'), 'ShipmentView');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const SignInPage = page(() => import('../features/sync/SignIn'), 'SignInPage');
const ConflictsInbox = page(() => import('../features/sync/ConflictsInbox'), 'ConflictsInbox');
const RejectedList = page(() => import('../features/sync/RejectedList'), 'RejectedList');

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

/**
 * Ant Design's zero-runtime mode: its styles come from the prebuilt stylesheet imported above
 * instead of being generated in JS while components render, which took a large share of a cold
 * start and of every re-render of the catalog.
 */
const THEME: ThemeConfig = { zeroRuntime: true };

export function App() {
  const { i18n: current } = useTranslation();
  useEffect(prefetchPages, []);
  return (
    <ConfigProvider theme={THEME} locale={ANTD_LOCALES[current.language as Language] ?? ANTD_LOCALES.en}>
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
