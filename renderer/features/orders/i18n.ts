import type { LocalizedBundle } from '../../i18n';

export const orders: LocalizedBundle = {
  en: {
    title: 'Orders', empty: 'No orders yet.', number: 'Number', state: 'State', buyer: 'Buyer', quotation: 'Quotation', incoterm: 'Incoterm', paymentTerms: 'Payment terms',
    provisional: 'Provisional number', late: 'Late', missing: 'This order is not on this machine. If the server refused it, it is in the rejected changes.', seeRejected: 'Rejected changes',
    refused: 'This move is not allowed', total: 'Total', paid: 'Paid', outstanding: 'Outstanding', depositDue: 'Deposit due', depositIn: 'Received', leadTime: 'Lead time',
    days_one: '{{count}} day', days_other: '{{count}} days', shipBy: 'Ship by', shipByAfterDeposit: 'set when the deposit is in', payments: 'Payments', noPayments: 'No payments yet.',
    otherCurrency: 'Some payments are in another currency and are not counted.', paymentKind: 'Kind', paymentMethod: 'Method', received: 'Received', amount: 'Amount',
    kinds: { deposit: 'Deposit', balance: 'Balance' },
    lines: { sku: 'SKU', description: 'Description', hsCode: 'HS code', quantity: 'Quantity', unitPrice: 'Unit price', total: 'Line total' },
    states: { 'awaiting-deposit': 'Awaiting deposit', 'in-production': 'In production', 'ready-to-ship': 'Ready to ship', shipped: 'Shipped', delivered: 'Delivered', completed: 'Completed', cancelled: 'Cancelled', disputed: 'Disputed' },
    moveTo: { 'awaiting-deposit': 'Back to awaiting deposit', 'in-production': 'Start production', 'ready-to-ship': 'Ready to ship', shipped: 'Mark shipped', delivered: 'Mark delivered', completed: 'Complete', cancelled: 'Cancel order', disputed: 'Open dispute' },
  },
  'zh-CN': {
    title: '订单', empty: '暂无订单。', number: '编号', state: '状态', buyer: '买家', quotation: '报价单', incoterm: '贸易术语', paymentTerms: '付款条件',
    provisional: '临时编号', late: '已逾期', missing: '本机上没有此订单。如果服务器拒绝了它，可在“被拒绝的更改”中查看。', seeRejected: '被拒绝的更改',
    refused: '不允许此操作', total: '合计', paid: '已付', outstanding: '未付', depositDue: '应付定金', depositIn: '已收到', leadTime: '交货期',
    days_one: '{{count}} 天', days_other: '{{count}} 天', shipBy: '最迟发货日', shipByAfterDeposit: '收到定金后确定', payments: '付款记录', noPayments: '暂无付款。',
    otherCurrency: '部分付款为其他币种，未计入。', paymentKind: '类型', paymentMethod: '方式', received: '收款时间', amount: '金额',
    kinds: { deposit: '定金', balance: '尾款' },
    lines: { sku: 'SKU', description: '品名', hsCode: 'HS 编码', quantity: '数量', unitPrice: '单价', total: '金额' },
    states: { 'awaiting-deposit': '待付定金', 'in-production': '生产中', 'ready-to-ship': '待发货', shipped: '已发货', delivered: '已送达', completed: '已完成', cancelled: '已取消', disputed: '争议中' },
    moveTo: { 'awaiting-deposit': '退回待付定金', 'in-production': '开始生产', 'ready-to-ship': '可以发货', shipped: '标记已发货', delivered: '标记已送达', completed: '完成', cancelled: '取消订单', disputed: '发起争议' },
  },
  ko: {
    title: '주문', empty: '주문이 없습니다.', number: '번호', state: '상태', buyer: '바이어', quotation: '견적서', incoterm: '인코텀즈', paymentTerms: '결제 조건',
    provisional: '임시 번호', late: '지연', missing: '이 기기에 해당 주문이 없습니다. 서버가 거부했다면 거부된 변경 목록에 있습니다.', seeRejected: '거부된 변경',
    refused: '허용되지 않는 변경입니다', total: '합계', paid: '입금액', outstanding: '미수금', depositDue: '계약금', depositIn: '입금 완료', leadTime: '납기',
    days_one: '{{count}}일', days_other: '{{count}}일', shipBy: '선적 기한', shipByAfterDeposit: '계약금 입금 후 확정', payments: '입금 내역', noPayments: '입금 내역이 없습니다.',
    otherCurrency: '다른 통화의 입금은 합계에 포함되지 않습니다.', paymentKind: '구분', paymentMethod: '방법', received: '입금일', amount: '금액',
    kinds: { deposit: '계약금', balance: '잔금' },
    lines: { sku: 'SKU', description: '품명', hsCode: 'HS 코드', quantity: '수량', unitPrice: '단가', total: '금액' },
    states: { 'awaiting-deposit': '계약금 대기', 'in-production': '생산 중', 'ready-to-ship': '선적 준비', shipped: '선적됨', delivered: '인도됨', completed: '완료', cancelled: '취소됨', disputed: '분쟁 중' },
    moveTo: { 'awaiting-deposit': '계약금 대기로 되돌리기', 'in-production': '생산 시작', 'ready-to-ship': '선적 준비 완료', shipped: '선적 처리', delivered: '인도 처리', completed: '완료', cancelled: '주문 취소', disputed: '분쟁 제기' },
  },
};
