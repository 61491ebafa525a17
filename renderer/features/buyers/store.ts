// UI state of the buyers page; buyer rows themselves are read from Dexie.
import { create } from 'zustand';

interface BuyersUiState {
  query: string;
  showArchived: boolean;
  /** `'new'`, a buyer id, or null when the form is closed. */
  editing: 'new' | string | null;
  setQuery(query: string): void;
  setShowArchived(showArchived: boolean): void;
  openForm(editing: 'new' | string): void;
  closeForm(): void;
}

export const useBuyersUi = create<BuyersUiState>((set) => ({
  query: '',
  showArchived: false,
  editing: null,
  setQuery: (query) => set({ query }),
  setShowArchived: (showArchived) => set({ showArchived }),
  openForm: (editing) => set({ editing }),
  closeForm: () => set({ editing: null }),
}));
