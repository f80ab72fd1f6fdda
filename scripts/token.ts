// `npm run token -- <kind> [options]`: DEV ONLY. Issues an identity token signed with the published dev key, as the
// national e-ID or the staff identity provider would. Refused when NODE_ENV=production.
//   staff:   npm run token -- staff --role OFFICER|HEAD|AUDITOR|ADMIN --sub <id> --name "<name>" [--agency THADS-01] [--officer <uuid>]
//   citizen: npm run token -- citizen --national-id <12 digits> --name "<name>"
import { parseArgs } from 'node:util';
import { issueDevToken } from '../shared/auth/identity-tokens';
import { STAFF_ROLES, type StaffRole } from '../shared/auth/principal';

const USAGE = `DEV ONLY: an identity token signed with the published dev key.
usage: npm run token -- staff --role OFFICER|HEAD|AUDITOR|ADMIN [--agency THADS-01 --officer <uuid>] [--sub <id>] [--name "<name>"] [--expires 12h]
       npm run token -- citizen --national-id <12 digits> --name "<name>" [--expires 12h]
Officers and heads need --agency and --officer (an officer's id: see cases.officer); --expires takes 30m, 12h, 7d…`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      officer: { type: 'string' },
      'national-id': { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const kind = positionals[0];
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!/^\d+[smhdw]$/.test(values.expires!)) throw new Error(`--expires must be a duration such as 30m, 12h or 7d (got "${values.expires}")`);
  if (kind === 'staff') {
    const role = (values.role ?? '').toUpperCase() as StaffRole;
    if (!STAFF_ROLES.includes(role)) throw new Error(`--role must be one of ${STAFF_ROLES.join(', ')}`);
    console.log(
      await issueDevToken(
        { typ: 'staff', sub: values.sub ?? `${role.toLowerCase()}-dev`, name: values.name ?? role, role, agency_id: values.agency ?? null, officer_id: values.officer ?? null },
        { expiresIn: values.expires },
      ),
    );
  } else if (kind === 'citizen') {
    const nationalId = values['national-id'] ?? '';
    if (!/^[0-9]{12}$/.test(nationalId)) throw new Error('--national-id must be 12 digits');
    if (!values.name?.trim()) throw new Error('--name is required: the citizen’s name as on the e-ID');
    console.log(await issueDevToken({ typ: 'citizen', sub: `vneid-${nationalId}`, name: values.name ?? '', national_id: nationalId }, { expiresIn: values.expires }));
  } else {
    throw new Error(USAGE);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
