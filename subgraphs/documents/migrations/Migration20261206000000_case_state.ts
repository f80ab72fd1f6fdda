import { Migration } from '@mikro-orm/migrations';
import { caseScopeTablesV3 } from '../../../shared/scope/case-scope';

/** Case scope facts carry the case's stage and what is still owed. */
export class Migration20261206000000_case_state extends Migration {
  async up(): Promise<void> {
    for (const sql of caseScopeTablesV3('documents')) this.addSql(sql);
  }
}
