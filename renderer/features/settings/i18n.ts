import type { LocalizedBundle } from '../../i18n';

export const settings: LocalizedBundle = {
  en: {
    title: 'Settings', gs1: 'GS1 numbering (SSCC)', companyPrefix: 'GS1 company prefix', extensionDigit: 'Extension digit',
    gs1Help: 'The prefix your GS1 member organisation licensed to the company; the extension digit (0–9) widens the serial space.',
    shipper: 'Shipper on labels', name: 'Company name', line1: 'Address', city: 'City', postalCode: 'Postal code', country: 'Country (ISO code)', phone: 'Phone',
    lclBelow: 'Ship LCL below (m³)', printers: 'Default printer per label', noPrinters: 'No printers listed: in the browser the system print dialog chooses.',
    none: 'Ask every time', save: 'Save', saved: 'Settings saved.',
  },
  'zh-CN': {
    title: '设置', gs1: 'GS1 编码（SSCC）', companyPrefix: 'GS1 厂商识别代码', extensionDigit: '扩展位',
    gs1Help: 'GS1 成员组织授予公司的厂商识别代码；扩展位（0–9）用于扩大序列号空间。',
    shipper: '标签上的发货人', name: '公司名称', line1: '地址', city: '城市', postalCode: '邮编', country: '国家（ISO 代码）', phone: '电话',
    lclBelow: '低于此体积走拼箱（立方米）', printers: '各类标签的默认打印机', noPrinters: '未列出打印机：浏览器中由系统打印对话框选择。',
    none: '每次询问', save: '保存', saved: '设置已保存。',
  },
  ko: {
    title: '설정', gs1: 'GS1 번호 체계 (SSCC)', companyPrefix: 'GS1 업체코드', extensionDigit: '확장 자리',
    gs1Help: 'GS1 회원 기관이 회사에 부여한 업체코드입니다. 확장 자리(0–9)로 일련번호 범위를 넓힙니다.',
    shipper: '라벨의 송하인', name: '회사명', line1: '주소', city: '도시', postalCode: '우편번호', country: '국가 (ISO 코드)', phone: '전화',
    lclBelow: '이 부피 미만은 LCL (m³)', printers: '라벨별 기본 프린터', noPrinters: '표시할 프린터가 없습니다. 브라우저에서는 시스템 인쇄 대화상자에서 선택합니다.',
    none: '매번 묻기', save: '저장', saved: '설정을 저장했습니다.',
  },
};
