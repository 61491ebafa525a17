// The whole-row schema of each synced entity that has one: the app's write path and the
// server both validate the row that results from an edit against it.
import type { z } from 'zod';
import type { EntityName } from './common';
import { checklistItemFields } from '../checklists/order-facts';
import { buyerSchema } from './buyer';
import { orderFields, orderLineFields, paymentFields } from './order';
import { parcelSchema } from './parcel';
import { productSchema } from './product';
import { quoteLineFields, quoteFields } from './quote';
import { shipmentSchema } from './shipment';

export const ROW_SCHEMAS: Partial<Record<EntityName, z.ZodType>> = {
  products: productSchema,
  buyers: buyerSchema,
  quotes: quoteFields,
  quoteLines: quoteLineFields,
  orders: orderFields,
  orderLines: orderLineFields,
  payments: paymentFields,
  parcels: parcelSchema,
  shipments: shipmentSchema,
  checklistItems: checklistItemFields,
};
