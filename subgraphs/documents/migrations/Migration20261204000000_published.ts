import { Migration } from '@mikro-orm/migrations';
import { caseScopeTablesV2 } from '../../../shared/scope/case-scope';

/** Case scope facts learn whether a case is a published finding of no conditions to enforce. */
export class Migration20261204000000_published extends Migration {
  async up(): Promise<void> {
    for (const sql of caseScopeTablesV2('documents')) this.addSql(sql);
  }
}
