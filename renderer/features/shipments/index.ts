export { ShipmentsPage } from './ShipmentsPage';
export { ShipmentView } from './ShipmentView';
