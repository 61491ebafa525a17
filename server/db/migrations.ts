// Schema migrations, in code, run at start (Kysely Migrator keeps its own lock and log).
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

const v1: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createTable('tenants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('clients')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('last_mutation_id', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('device_name', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('tokens_expiry').on('tokens').column('expires_at').execute();
    await db.schema.createTable('rows')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unique_key', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_client', 'text')
      .addPrimaryKeyConstraint('rows_pk', ['tenant_id', 'entity', 'id'])
      .execute();
    await db.schema.createIndex('rows_by_seq').on('rows').columns(['tenant_id', 'seq']).execute();
    await db.schema.createIndex('rows_by_key').on('rows').columns(['tenant_id', 'entity', 'unique_key']).execute();
    await db.schema.createTable('row_history')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('replaced_at', 'text', (c) => c.notNull())
      .addColumn('replaced_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('row_history_by_row').on('row_history').columns(['tenant_id', 'entity', 'id']).execute();
    await db.schema.createTable('client_mutations')
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('mid', 'integer', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('client_mutations_pk', ['client_id', 'mid'])
      .execute();
    await db.schema.createTable('counters')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('counters_pk', ['tenant_id', 'kind', 'year'])
      .execute();
  },
};

export const migrations: MigrationProvider = {
  async getMigrations() {
    return { '0001_initial': v1 };
  },
};
