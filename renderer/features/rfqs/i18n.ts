import type { LocalizedBundle } from '../../i18n';

export const rfqs: LocalizedBundle = {
  en: {
    title: 'RFQ inbox', empty: 'No RFQs match.', unread: 'Unread', quoted: 'Quoted', contact: 'Contact', incoterm: 'Incoterm',
    port: 'Destination port', message: 'Message', quoteThis: 'Quote this RFQ', markUnread: 'Mark as unread',
    filters: { country: 'Country', product: 'Product', from: 'From', to: 'To', unreadOnly: 'Unread only', quoted: { all: 'All', open: 'Not quoted', quoted: 'Quoted' } },
    columns: { received: 'Received', buyer: 'Buyer', product: 'Product', quantity: 'Quantity', target: 'Target price', status: 'Status' },
  },
  'zh-CN': {
    title: '询盘收件箱', empty: '没有符合条件的询盘。', unread: '未读', quoted: '已报价', contact: '联系人', incoterm: '贸易术语',
    port: '目的港', message: '留言', quoteThis: '为此询盘报价', markUnread: '标为未读',
    filters: { country: '国家', product: '产品', from: '起始日期', to: '截止日期', unreadOnly: '仅未读', quoted: { all: '全部', open: '未报价', quoted: '已报价' } },
    columns: { received: '收到时间', buyer: '买家', product: '产品', quantity: '数量', target: '目标价', status: '状态' },
  },
  ko: {
    title: 'RFQ 수신함', empty: '조건에 맞는 RFQ가 없습니다.', unread: '읽지 않음', quoted: '견적 완료', contact: '담당자', incoterm: '인코텀즈',
    port: '도착항', message: '메시지', quoteThis: '이 RFQ 견적 작성', markUnread: '읽지 않음으로 표시',
    filters: { country: '국가', product: '제품', from: '시작일', to: '종료일', unreadOnly: '읽지 않은 것만', quoted: { all: '전체', open: '견적 전', quoted: '견적 완료' } },
    columns: { received: '수신', buyer: '바이어', product: '제품', quantity: '수량', target: '목표 단가', status: '상태' },
  },
};
