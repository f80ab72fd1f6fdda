// Database errors are logged without the statement, its values or the row details.
import { DriverException } from '@mikro-orm/core';
import { safeError } from '../../shared/logger';

test('a database error keeps PostgreSQL’s message and code, and loses the SQL and its values', () => {
  const original = Object.assign(new Error(`select * from cases.notification where party_identifier = '052305054601' - invalid input syntax for type uuid: "abc"`), {
    code: '22P02',
    detail: 'Key (national_id)=(052305054601) already exists.',
  });
  const logged = safeError(new DriverException(original));
  expect(logged.message).toBe('invalid input syntax for type uuid: "abc"');
  expect(JSON.stringify(logged)).not.toContain('052305054601');
  expect(logged.code).toBe('22P02');
});

test('other errors are logged as they are', () => {
  expect(safeError(new TypeError('x is not a function')).message).toBe('x is not a function');
});
