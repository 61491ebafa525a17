import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadCatalog } from './features/products/catalog-index';

// The catalog is the start page: its first rows are read while the app starts.
if (/^(#\/?(products)?)?$/.test(window.location.hash)) preloadCatalog();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
