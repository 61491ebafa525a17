// UI state of the products page: filters, the open form and the selected row. Domain data
// never lives here; it is read from Dexie.
import { create } from 'zustand';
import { NO_FILTER, type ProductFilter } from './search';

/** `'new'` for the create form, a product id for the edit form, null when closed. */
export type ProductEditing = 'new' | string | null;

interface ProductsUiState {
  filter: ProductFilter;
  editing: ProductEditing;
  selectedId: string | null;
  setFilter(patch: Partial<ProductFilter>): void;
  openForm(editing: 'new' | string): void;
  closeForm(): void;
  select(id: string | null): void;
}

export const useProductsUi = create<ProductsUiState>((set) => ({
  filter: NO_FILTER,
  editing: null,
  selectedId: null,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  openForm: (editing) => set({ editing, selectedId: editing === 'new' ? null : editing }),
  closeForm: () => set({ editing: null }),
  select: (selectedId) => set({ selectedId }),
}));
