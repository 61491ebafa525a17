// The component library's own locale follows the app language.
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import koKR from 'antd/locale/ko_KR';
import type { Locale } from 'antd/es/locale';
import type { Language } from '../i18n';

export const ANTD_LOCALES: Record<Language, Locale> = { en: enUS, 'zh-CN': zhCN, ko: koKR };
