// Every feature's string bundle, registered once at start-up.
import { setupI18n } from '../i18n';
import { catalogIo } from '../features/catalog-io/i18n';
import { buyers } from '../features/buyers/i18n';
import { products } from '../features/products/i18n';
import { labels } from '../features/labels/i18n';
import { sync } from '../features/sync/i18n';
import { platform } from '../platform/i18n';
import { rfqs } from '../features/rfqs/i18n';
import { quotes } from '../features/quotes/i18n';
import { orders } from '../features/orders/i18n';
import { dashboard } from '../features/dashboard/i18n';
import { checklists } from '../features/checklists/i18n';
import { documents } from '../features/documents/i18n';
import { shipments } from '../features/shipments/i18n';
import { settings } from '../features/settings/i18n';
import { shell } from './i18n';

export const i18n = setupI18n({
  shell,
  sync,
  catalogIo,
  products,
  buyers,
  labels,
  platform,
  rfqs,
  quotes,
  orders,
  dashboard,
  checklists,
  documents,
  shipments,
  settings,
});
