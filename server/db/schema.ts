// Table types for Kysely. Booleans are 0/1 integers and times ISO strings so that SQLite
// and PostgreSQL share one query layer unchanged.
export interface TenantsTable { id: string; name: string; seq: number; created_at: string }
export interface UsersTable {
  id: string; tenant_id: string; email: string; name: string; role: string; password_hash: string; created_at: string;
}
export interface ClientsTable {
  client_id: string; user_id: string; tenant_id: string; last_mutation_id: number; device_name: string | null; created_at: string;
}
export interface TokensTable {
  token_hash: string; kind: 'access' | 'refresh'; user_id: string; client_id: string; expires_at: string; created_at: string;
}
export interface RowsTable {
  tenant_id: string; entity: string; id: string; rev: number; seq: number; deleted: number;
  /** Unique business key among live rows (a product's sku), or null. */
  unique_key: string | null;
  data: string; updated_at: string; updated_by: string;
  /** clientId of the last edit (null for server/platform writes): tells a client's own edits from others'. */
  updated_client: string | null;
}
export interface RowHistoryTable {
  tenant_id: string; entity: string; id: string; rev: number; field: string; value: string; replaced_at: string; replaced_by: string;
}
export interface ClientMutationsTable { client_id: string; mid: number; result: string }
export interface CountersTable { tenant_id: string; kind: string; year: number; value: number }

export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  clients: ClientsTable;
  tokens: TokensTable;
  rows: RowsTable;
  row_history: RowHistoryTable;
  client_mutations: ClientMutationsTable;
  counters: CountersTable;
}
