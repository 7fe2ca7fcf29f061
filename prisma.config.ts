// Prisma 7 reads the connection URL here, not from schema.prisma. `prisma generate` needs no
// database, so a dummy URL keeps it working on a clean machine without DATABASE_URL.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://unused:unused@127.0.0.1:5432/unused',
  },
});
