import type { LocalizedBundle } from '../i18n';

export const shell: LocalizedBundle = {
  en: { nav: { products: 'Products', buyers: 'Buyers' }, offline: 'Offline', online: 'Online' },
  'zh-CN': { nav: { products: '产品', buyers: '买家' }, offline: '离线', online: '在线' },
  ko: { nav: { products: '제품', buyers: '바이어' }, offline: '오프라인', online: '온라인' },
};
